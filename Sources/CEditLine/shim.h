// Non-variadic wrappers around libedit's variadic `el_set`, `el_get` and `history`,
// which Swift cannot call (engineering notes, section 2), and the few OS calls the line
// editor needs. They are `static inline`, so this system-library target needs no C
// source file of its own. Only the LineEditing module imports it.
#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

#include <errno.h>
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef char *(*cel_prompt_fn)(EditLine *);
typedef unsigned char (*cel_command_fn)(EditLine *, int);

/// Opens an editor on the process's standard streams; written in C because Swift 6
/// rejects `stdin`, `stdout` and `stderr` as shared mutable state.
static inline EditLine *cel_init(const char *prog) {
  return el_init(prog, stdin, stdout, stderr);
}

static inline int cel_set_prompt(EditLine *el, cel_prompt_fn prompt) {
  return el_set(el, EL_PROMPT, prompt);
}

static inline int cel_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

static inline int cel_set_signal(EditLine *el, int on) {
  return el_set(el, EL_SIGNAL, on);
}

static inline int cel_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}

static inline int cel_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}

static inline void *cel_get_clientdata(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}

static inline int cel_add_function(EditLine *el, const char *name, const char *help,
                                   cel_command_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int cel_bind(EditLine *el, const char *key, const char *command) {
  return el_set(el, EL_BIND, key, command, (const char *)0);
}

/// The terminal's width in columns as libedit knows it (it re-reads it on SIGWINCH and
/// before each line), or 0 when unknown.
static inline int cel_columns(EditLine *el) {
  int columns = 0;
  if (el_get(el, EL_GETTC, "co", &columns, (void *)0) != 0) return 0;
  return columns;
}

/// Writes text to the editor's output stream (standard output) and flushes it, so it
/// stays in order with what libedit itself writes there.
static inline void cel_print(const char *text) {
  fputs(text, stdout);
  fflush(stdout);
}

static inline int cel_history_setsize(History *h, HistEvent *ev, int size) {
  return history(h, ev, H_SETSIZE, size);
}

static inline int cel_history_setunique(History *h, HistEvent *ev, int unique) {
  return history(h, ev, H_SETUNIQUE, unique);
}

static inline int cel_history_enter(History *h, HistEvent *ev, const char *line) {
  return history(h, ev, H_ENTER, line);
}

/// Reads standard input: the number of bytes read, 0 at its end, -1 when a signal
/// interrupted the read (check for it, then read again), -2 on an error.
static inline long cel_read_input(void *buffer, size_t size) {
  ssize_t count = read(STDIN_FILENO, buffer, size);
  if (count < 0) return errno == EINTR ? -1 : -2;
  return (long)count;
}

/// Sets LC_CTYPE from the environment, falling back to C.UTF-8 when that is not UTF-8,
/// because libedit drops non-ASCII input in the C locale (engineering notes, 2.3).
static inline void cel_use_utf8_locale(void) {
  setlocale(LC_CTYPE, "");
  const char *codeset = nl_langinfo(CODESET);
  if (codeset == NULL || (strcmp(codeset, "UTF-8") != 0 && strcmp(codeset, "utf8") != 0)) {
    setlocale(LC_CTYPE, "C.UTF-8");
  }
}

/// The last of SIGINT, SIGTERM or SIGHUP received and not yet taken, or 0. Weak rather
/// than static so every Swift file that uses these functions shares one variable.
__attribute__((weak)) volatile sig_atomic_t cel_pending_signal = 0;

/// Notes a signal; a pending SIGTERM or SIGHUP is never replaced by a later SIGINT.
/// SIGTERM and SIGHUP also close standard input, so that a read that had not yet
/// started when the signal came fails at once instead of waiting for a key. (libedit
/// has put the terminal back in its normal mode before this handler runs.)
static inline void cel_note_signal(int signo) {
  if (signo == SIGINT) {
    if (cel_pending_signal == 0) cel_pending_signal = signo;
  } else {
    cel_pending_signal = signo;
    close(STDIN_FILENO);
  }
}

/// Catches SIGINT, SIGTERM and SIGHUP by noting them. `sa_flags` is 0 (no SA_RESTART)
/// so a blocked `el_gets` returns NULL with EINTR instead of resuming the read; libedit
/// (EL_SIGNAL) restores the terminal first, then calls this handler.
static inline void cel_catch_signals(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = cel_note_signal;
  action.sa_flags = 0;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, NULL);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
}

/// Returns the pending signal (or 0) and clears it.
static inline int cel_take_signal(void) {
  return __atomic_exchange_n(&cel_pending_signal, 0, __ATOMIC_SEQ_CST);
}

#endif
