#ifndef CTERMSHIM_H
#define CTERMSHIM_H
int cterm_placeholder(void);
#endif
