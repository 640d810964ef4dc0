// Non-variadic wrappers around libedit's variadic `el_set`, `el_get` and `history`,
// which Swift cannot call (engineering notes, section 2). They are `static inline`, so
// this system-library target needs no C source file of its own.
#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <string.h>

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

static inline int cel_history_setsize(History *h, HistEvent *ev, int size) {
  return history(h, ev, H_SETSIZE, size);
}

static inline int cel_history_setunique(History *h, HistEvent *ev, int unique) {
  return history(h, ev, H_SETUNIQUE, unique);
}

static inline int cel_history_enter(History *h, HistEvent *ev, const char *line) {
  return history(h, ev, H_ENTER, line);
}

static inline int cel_history_load(History *h, HistEvent *ev, const char *path) {
  return history(h, ev, H_LOAD, path);
}

static inline int cel_history_save(History *h, HistEvent *ev, const char *path) {
  return history(h, ev, H_SAVE, path);
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

#endif
