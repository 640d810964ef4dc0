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
#include <stdlib.h>
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

/// The last of SIGINT, SIGQUIT, SIGTERM or SIGHUP received and not yet taken, or 0. Weak
/// rather than static so every Swift file that uses these functions shares one variable.
__attribute__((weak)) volatile sig_atomic_t cel_pending_signal = 0;

/// The editor reading a line just now, or NULL: a window resize redraws its line.
__attribute__((weak)) EditLine *volatile cel_reading_editor = NULL;
/// The width of its prompt, and the terminal's width when the line was last drawn.
__attribute__((weak)) volatile int cel_prompt_width = 0;
__attribute__((weak)) volatile int cel_drawn_columns = 0;

/// Notes a signal; a pending SIGTERM or SIGHUP is never replaced by a later SIGINT or
/// SIGQUIT. SIGTERM and SIGHUP also close standard input, so that a read that had not
/// yet started when the signal came fails at once instead of waiting for a key.
/// (libedit has put the terminal back in its normal mode before this handler runs.)
static inline void cel_note_signal(int signo) {
  if (signo == SIGINT || signo == SIGQUIT) {
    if (cel_pending_signal == 0) cel_pending_signal = signo;
  } else {
    cel_pending_signal = signo;
    close(STDIN_FILENO);
  }
}

/// Redraws the prompt and the line being edited after the window changed size.
///
/// libedit's own SIGWINCH handler has already resized its idea of the screen (el_resize)
/// and then calls this one, but draws nothing: the line stays garbled until Ctrl-L. So
/// this moves up to the row where the prompt was drawn (at the old width), clears from
/// there down, and has libedit draw the prompt and line afresh (EL_REFRESH).
static inline void cel_redraw_after_resize(int signo) {
  (void)signo;
  EditLine *editor = cel_reading_editor;
  if (editor == NULL) return;
  const LineInfo *info = el_line(editor);
  int offset = cel_prompt_width + (info != NULL ? (int)(info->cursor - info->buffer) : 0);
  int rows = cel_drawn_columns > 0 ? offset / cel_drawn_columns : 0;
  char text[32];
  int length = rows > 0 ? snprintf(text, sizeof text, "\033[%dA\r\033[J", rows)
                        : snprintf(text, sizeof text, "\r\033[J");
  if (length > 0) (void)!write(STDOUT_FILENO, text, (size_t)length);
  el_set(editor, EL_REFRESH);
  cel_drawn_columns = cel_columns(editor);
}

/// Catches SIGINT, SIGQUIT, SIGTERM and SIGHUP by noting them, and SIGWINCH to redraw.
/// `sa_flags` is 0 (no SA_RESTART) so a blocked `el_gets` returns NULL with EINTR
/// instead of resuming the read; libedit (EL_SIGNAL) restores the terminal first, then
/// calls these handlers. Catching SIGQUIT also keeps the Swift runtime's backtracer,
/// which would report Ctrl-\ as a crash and wait for a key, from ever starting.
static inline void cel_catch_signals(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = cel_note_signal;
  action.sa_flags = 0;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, NULL);
  sigaction(SIGQUIT, &action, NULL);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
  action.sa_handler = cel_redraw_after_resize;
  sigaction(SIGWINCH, &action, NULL);
}

/// Reads a line with `el_gets`, marking the editor as the one a resize redraws.
static inline const char *cel_gets(EditLine *el, int *count, int prompt_width) {
  cel_prompt_width = prompt_width;
  cel_drawn_columns = cel_columns(el);
  cel_reading_editor = el;
  const char *line = el_gets(el, count);
  cel_reading_editor = NULL;
  return line;
}

/// Puts the text of a line that a signal interrupted back as input, so the next read
/// starts with it; returns whether there was any.
static inline int cel_keep_line(EditLine *el) {
  const LineInfo *info = el_line(el);
  if (info == NULL || info->lastchar <= info->buffer) return 0;
  size_t length = (size_t)(info->lastchar - info->buffer);
  char *text = malloc(length + 1);
  if (text == NULL) return 0;
  memcpy(text, info->buffer, length);
  text[length] = 0;
  el_push(el, text);
  free(text);
  return 1;
}

/// Returns the pending signal (or 0) and clears it.
static inline int cel_take_signal(void) {
  return __atomic_exchange_n(&cel_pending_signal, 0, __ATOMIC_SEQ_CST);
}

#endif
