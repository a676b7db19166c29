#ifndef CPQ_SHIM_H
#define CPQ_SHIM_H
/* libpq, PostgreSQL's own client (Debian's libpq-dev): used by the store's PostgreSQL backend alone. */
#include <postgresql/libpq-fe.h>
#endif
