// Snowball's English stemmer from Debian's libstemmer-dev, called directly rather than
// through `sb_stemmer_new`: that function's table of every language would link all of them
// (330 KB of data the loader must relocate at every start) into the advisor.
//
// The declarations are those of Snowball's generated `stem_UTF_8_english.h` and runtime
// `api.h`, which Debian does not install. Only the first fields of `struct SN_env` are read:
// the current string and its length, laid out as here since Snowball 2.0 (StemmerTests pin
// the stems, so a change of layout fails the tests).
#ifndef CSTEMMER_SHIM_H
#define CSTEMMER_SHIM_H

struct SN_env;
extern struct SN_env *english_UTF_8_create_env(void);
extern void english_UTF_8_close_env(struct SN_env *z);
extern int english_UTF_8_stem(struct SN_env *z);
extern int SN_set_current(struct SN_env *z, int size, const unsigned char *s);

/// The first fields of Snowball's `struct SN_env`.
struct cstemmer_env_start {
  unsigned char *p;
  int c;
  int l;
};

/// Stems `size` bytes of UTF-8 at `word`; returns the stem and sets `length`, or returns
/// NULL when Snowball fails (out of memory). The stem lives until the next call.
static inline const unsigned char *cstemmer_stem(
    struct SN_env *env, const unsigned char *word, int size, int *length) {
  if (SN_set_current(env, size, word) != 0) return 0;
  if (english_UTF_8_stem(env) < 0) return 0;
  const struct cstemmer_env_start *start = (const struct cstemmer_env_start *)env;
  *length = start->l;
  return start->p;
}

#endif
