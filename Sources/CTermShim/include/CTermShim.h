#ifndef CTERMSHIM_H
#define CTERMSHIM_H

/* Installs flag-only handlers for every signal whose default action ends the process (SIGHUP, SIGINT,
   SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
   SIGIO, SIGPWR, SIGSYS and SIGRTMIN..SIGRTMAX) but those the fatal handlers take, so the loop restores
   the terminal and exits 128 + n. One inherited as ignored stays ignored, except SIGHUP, SIGTERM and
   SIGINT. sa_flags 0, so a blocking read returns with EINTR and the loop sees the flag at once. Install
   before the curses screen so ncurses keeps its own exit handlers out. Returns 0 on success. */
int cterm_install_exit_handlers(void);

/* The last of those signals received, or 0. */
int cterm_pending_signal(void);

/* Returns the last of those signals received and clears it (one atomic exchange), or 0. */
int cterm_take_pending_signal(void);

/* A descriptor the flag handlers also write one byte to (the run loop's wake-up pipe, non-blocking),
   so a loop blocked in poll on any thread wakes at once; -1 for none. */
void cterm_set_wake_fd(int fd);

/* Puts back the actions those signals had before the first cterm_install_exit_handlers
   (a test that installed the handlers leaves the process as it found it). Returns 0 on success. */
int cterm_restore_exit_handlers(void);

/* Remembers the terminal's modes (tcgetattr on fd) for the fatal-signal handler. */
int cterm_save_terminal(int fd);

/* Marks whether the alternate screen is in use, so a crash knows to leave it. */
void cterm_set_screen_active(int active);

/* Installs handlers for SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE and SIGTRAP that restore the terminal
   with async-signal-safe calls only (write, tcsetattr), then re-raise with the default action.
   Runs on its own stack so a stack overflow is handled too. */
int cterm_install_fatal_handlers(void);

/* Core dumps off (RLIMIT_CORE 0) and the process not dumpable (no ptrace by other sessions). */
int cterm_disable_core_dumps(void);

/* Ignores SIGTSTP, SIGTTIN and SIGTTOU (raw mode delivers Ctrl-Z as a key; we decide on suspending). */
void cterm_ignore_job_control_signals(void);

/* Stops the process group like a shell job would be stopped, returning after SIGCONT. */
void cterm_suspend_job(void);

/* Whether a job-control shell started us: we do not lead our own session, our process group is not
   our parent's (a job-control shell puts each job in a group of its own), and it is the terminal's
   foreground group. */
int cterm_started_by_job_control_shell(void);
#endif
