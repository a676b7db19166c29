#define _GNU_SOURCE 1
#include "CTermShim.h"
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/prctl.h>

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t screen_active = 0;
static struct termios saved_termios;
static volatile sig_atomic_t termios_saved = 0;
static int terminal_fd = 1;

static volatile sig_atomic_t wake_fd = -1;
/* Every signal whose default action ends the process, except those the fatal handlers take (SIGSEGV,
   SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP: the program cannot carry on after them) and SIGKILL, which
   cannot be caught. The real-time signals from SIGRTMIN up are added at run time (glibc keeps the ones
   below SIGRTMIN for its threads). Ending on one of these leaves the terminal raw unless it is caught. */
static const int named_exit_signals[] = {
    SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT, SIGVTALRM, SIGPROF,
    SIGXCPU, SIGXFSZ, SIGIO, SIGPWR, SIGSYS,
};
#define NAMED_EXIT_SIGNALS ((int)(sizeof named_exit_signals / sizeof named_exit_signals[0]))
static struct sigaction previous_actions[NSIG];
static int exit_handlers_installed = 0;

/* The index-th signal of the set, or 0 past its end. */
static int exit_signal_at(int index) {
    if (index < NAMED_EXIT_SIGNALS) return named_exit_signals[index];
    int sig = SIGRTMIN + (index - NAMED_EXIT_SIGNALS);
    return sig <= SIGRTMAX ? sig : 0;
}

static void flag_handler(int sig) {
    pending_signal = sig;
    int fd = wake_fd;
    if (fd >= 0) {
        /* write may change errno, which the interrupted code may be about to read. */
        int saved = errno;
        static const char byte = 1;
        ssize_t ignored = write(fd, &byte, 1);
        (void)ignored;
        errno = saved;
    }
}

int cterm_take_pending_signal(void) { return __atomic_exchange_n(&pending_signal, 0, __ATOMIC_SEQ_CST); }

void cterm_set_wake_fd(int fd) { wake_fd = fd; }

int cterm_restore_exit_handlers(void) {
    if (!exit_handlers_installed) return 0;
    int result = 0;
    for (int i = 0, sig; (sig = exit_signal_at(i)) != 0; i++) result |= sigaction(sig, &previous_actions[sig], NULL);
    exit_handlers_installed = 0;
    return result;
}

int cterm_install_exit_handlers(void) {
    if (!exit_handlers_installed) {
        for (int i = 0, sig; (sig = exit_signal_at(i)) != 0; i++) sigaction(sig, NULL, &previous_actions[sig]);
        exit_handlers_installed = 1;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = flag_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    int result = 0;
    for (int i = 0, sig; (sig = exit_signal_at(i)) != 0; i++) {
        /* A signal ignored by whoever started us (nohup-like wrappers) stays ignored: it would not have
           ended the process. SIGHUP, SIGTERM and SIGINT are the dashboard's ways out, caught always. */
        int always = sig == SIGHUP || sig == SIGTERM || sig == SIGINT;
        if (!always && previous_actions[sig].sa_handler == SIG_IGN) continue;
        result |= sigaction(sig, &sa, NULL);
    }
    return result;
}

int cterm_pending_signal(void) { return pending_signal; }

int cterm_save_terminal(int fd) {
    if (tcgetattr(fd, &saved_termios) != 0) return -1;
    terminal_fd = fd;
    termios_saved = 1;
    return 0;
}

void cterm_set_screen_active(int active) { screen_active = active; }

static void fatal_handler(int sig) {
    if (screen_active) {
        /* Leave the alternate screen, stop bracketing pastes, show the cursor, reset attributes, new line. */
        static const char reset[] = "\033[?1049l\033[?2004l\033[?25h\033[0m\r\n";
        ssize_t ignored = write(terminal_fd, reset, sizeof reset - 1);
        /* One plain line on the normal screen, instead of whatever the runtime printed on the alternate
           one (which leaving it wiped): what happened, and that nothing was saved half-way. */
        static const char notice[] = "casedesk stopped after an internal error; the terminal is restored and "
                                     "nothing was saved half-way (an open form's draft is offered at the next start)\r\n";
        ignored = write(terminal_fd, notice, sizeof notice - 1);
        (void)ignored;
    }
    if (termios_saved) tcsetattr(terminal_fd, TCSANOW, &saved_termios);
    signal(sig, SIG_DFL);
    raise(sig);
}

int cterm_install_fatal_handlers(void) {
    static char stack[64 * 1024];
    stack_t ss;
    memset(&ss, 0, sizeof ss);
    ss.ss_sp = stack;
    ss.ss_size = sizeof stack;
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fatal_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
    int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP };
    int result = 0;
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) result |= sigaction(signals[i], &sa, NULL);
    return result;
}

int cterm_disable_core_dumps(void) {
    struct rlimit none = { 0, 0 };
    int result = setrlimit(RLIMIT_CORE, &none);
    result |= prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    return result;
}

void cterm_ignore_job_control_signals(void) {
    signal(SIGTSTP, SIG_IGN);
    signal(SIGTTIN, SIG_IGN);
    signal(SIGTTOU, SIG_IGN);
}

void cterm_suspend_job(void) {
    signal(SIGTSTP, SIG_DFL);
    kill(0, SIGTSTP);
    signal(SIGTSTP, SIG_IGN);
}

int cterm_started_by_job_control_shell(void) {
    if (getsid(0) == getpid()) return 0;
    pid_t group = getpgrp();
    /* A job-control shell gives each job a process group of its own; sharing the parent's group means
       nobody would send SIGCONT (sh -c, a script, ssh host casedesk), and stopping would freeze the terminal. */
    if (getpgid(getppid()) == group) return 0;
    pid_t foreground = tcgetpgrp(0);
    return foreground != -1 && foreground == group;
}
