#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
/* The wide API (get_wch, cchar_t, wadd_wch) is hidden unless this is defined in the header itself:
   flags given to the target do not reach the Swift importer. */
#define _XOPEN_SOURCE_EXTENDED 1
/* Keep glibc's default feature set so structs match Swift's Glibc module; 600 declares wcwidth. */
#define _DEFAULT_SOURCE 1
#define _XOPEN_SOURCE 600
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <ncursesw/curses.h>

/* Globals: Swift 6 rejects direct use of ncurses' shared mutable state. */
static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline int nc_lines(void) { return LINES; }
static inline int nc_cols(void) { return COLS; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }

/* Macros that do not import. */
static inline attr_t nc_a_normal(void) { return A_NORMAL; }
static inline attr_t nc_a_bold(void) { return A_BOLD; }
static inline attr_t nc_a_dim(void) { return A_DIM; }
static inline attr_t nc_a_reverse(void) { return A_REVERSE; }
static inline attr_t nc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nc_a_italic(void) { return A_ITALIC; }
static inline int nc_key_f(int n) { return KEY_F(n); }

/* The codeset of the current locale ("UTF-8", "ANSI_X3.4-1968", ...). */
static inline const char *nc_codeset(void) { return nl_langinfo(CODESET); }

/* Sets attributes and an extended colour pair (pairs above 32767 need the opts pointer). */
static inline int nc_set_attr_pair(WINDOW *w, attr_t attrs, int pair) {
    return wattr_set(w, attrs, (short)(pair < 32767 ? pair : 0), pair < 32767 ? NULL : (void *)&pair);
}

/* Reads back one cell's text (tests): up to n wide characters from (y, x). */
static inline int nc_read_wide(WINDOW *w, int y, int x, wchar_t *buffer, int n) {
    return mvwinnwstr(w, y, x, buffer, n);
}

/* Tests: a curses SCREEN with no tty behind it. */
static inline SCREEN *nc_headless_term(const char *term) {
    FILE *out = fopen("/dev/null", "w");
    FILE *in = fopen("/dev/null", "r");
    if (!out || !in) return NULL;
    return newterm(term, out, in);
}

/* Tests: the same, reading its keys from descriptor input (a pipe the test writes what a terminal sends to). */
static inline SCREEN *nc_headless_term_reading(const char *term, int input) {
    FILE *out = fopen("/dev/null", "w");
    FILE *in = fdopen(input, "r");
    if (!out || !in) return NULL;
    return newterm(term, out, in);
}

/* The terminal: stdout and stdin as stdio streams (Swift 6 rejects the stdout/stdin globals). */
static inline SCREEN *nc_newterm(const char *term) {
    return newterm(term, fdopen(1, "w"), fdopen(0, "r"));
}
/* Whether terminfo's entry for term can address the cursor (has cup): 1 yes, 0 no (dumb, hard-copy),
   -1 no such entry. Reads the database only: the terminal's modes and the current screen are untouched. */
#include <ncursesw/term.h>
static inline int nc_term_has_cursor_addressing(const char *term) {
    int failure = 0;
    TERMINAL *previous = cur_term;
    if (setupterm(term, 1, &failure) != OK) {
        set_curterm(previous);
        return -1;
    }
    char *cup = tigetstr("cup");
    int has = cup != NULL && cup != (char *)-1;
    TERMINAL *made = set_curterm(previous);
    if (made != previous) del_curterm(made);
    return has;
}

#endif
