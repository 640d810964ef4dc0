import CEditLine

/// A line editor on libedit: emacs keys (or the user's ~/.editrc), history, Tab
/// completion, UTF-8 input, Ctrl-C to abandon a line and Ctrl-D to end.
///
/// It owns libedit's `EditLine` and `History`; `close()` (or deinit) frees them and
/// leaves the terminal as it was. Callbacks reach this object through EL_CLIENTDATA,
/// because a C function pointer cannot capture context.
public final class EditLineReader: LineReader {
  /// The name ~/.editrc lines can start with (`advisor:bind ...`) to apply only here.
  public let program: String
  var editor: OpaquePointer?
  var history: OpaquePointer?
  let completer: LineCompleter
  /// The prompt as C text, read by libedit's prompt callback; replaced before each read.
  private var prompt: UnsafeMutablePointer<CChar>

  /// Opens the editor on the terminal, or returns nil when libedit cannot start.
  ///
  /// Sets LC_CTYPE for UTF-8 input, catches SIGINT, SIGTERM and SIGHUP (so `read`
  /// reports them), SIGQUIT (ignored) and SIGWINCH (the line is redrawn), then reads ~/.editrc (or $EDITRC), so the user's settings win over
  /// the defaults; Tab is bound to completion after that, in emacs and vi modes alike.
  /// - Parameters:
  ///   - program: the program's name, for ~/.editrc.
  ///   - historySize: how many lines the history keeps.
  ///   - completer: what Tab does with the text before the cursor.
  public init?(program: String, historySize: Int32 = 1000, completer: @escaping LineCompleter) {
    cel_use_utf8_locale()
    guard let history = history_init() else { return nil }
    guard let editor = cel_init(program) else {
      history_end(history)
      return nil
    }
    self.program = program
    self.editor = editor
    self.history = history
    self.completer = completer
    self.prompt = Self.copy("")
    var event = HistEvent()
    cel_history_setsize(history, &event, historySize)
    cel_history_setunique(history, &event, 1)
    cel_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
    cel_set_editor(editor, "emacs")
    cel_set_signal(editor, 1)
    cel_set_prompt(editor) { editor in
      guard let editor, let reader = EditLineReader.owner(of: editor) else { return nil }
      return reader.prompt
    }
    cel_set_history(editor, history)
    cel_add_function(editor, Self.completeCommand, "Complete a command or role name") { editor, _ in
      guard let editor, let reader = EditLineReader.owner(of: editor) else { return UInt8(CC_ERROR) }
      return reader.complete(in: editor)
    }
    el_source(editor, nil)
    cel_bind(editor, "^I", Self.completeCommand)
    cel_catch_signals()
  }

  deinit {
    close()
    prompt.deallocate()
  }

  /// The editor command Tab runs; ~/.editrc can bind other keys to it.
  public static let completeCommand = "advisor-complete"

  /// Shows `prompt`, lets the user edit a line and returns it.
  ///
  /// A SIGTERM or SIGHUP that arrived since the last read ends the session before the
  /// prompt; a Ctrl-C typed between reads is dropped, as it interrupted nothing.
  public func read(prompt text: String) -> LineInput {
    guard let editor else { return .end }
    if let ending = Self.termination(cel_take_signal()) { return ending }
    prompt.deallocate()
    prompt = Self.copy(text)
    var count: Int32 = 0
    let width = Int32(text.unicodeScalars.count)
    var line = cel_gets(editor, &count, width)
    var signal = cel_take_signal()
    // Ctrl-\ (SIGQUIT) is ignored, as shells do: the line typed so far comes back.
    while line == nil, signal == SIGQUIT {
      cel_print(cel_keep_line(editor) != 0 ? "\r" : "\n")
      line = cel_gets(editor, &count, width)
      signal = cel_take_signal()
    }
    if let ending = Self.termination(signal) { return ending }
    guard let line else { return signal == SIGINT ? .interrupted : .end }
    var typed = String(cString: line)
    while let last = typed.last, last == "\n" || last == "\r\n" { typed.removeLast() }
    return .line(typed)
  }

  /// Frees libedit's state and restores the terminal; safe to call more than once.
  public func close() {
    if let editor { el_end(editor) }
    if let history { history_end(history) }
    editor = nil
    history = nil
  }

  private static func termination(_ signal: Int32) -> LineInput? {
    signal == SIGTERM || signal == SIGHUP ? .terminated(signal: signal) : nil
  }

  /// The reader that owns `editor`, from its client data.
  private static func owner(of editor: OpaquePointer) -> EditLineReader? {
    cel_get_clientdata(editor).map { Unmanaged<EditLineReader>.fromOpaque($0).takeUnretainedValue() }
  }

  /// A NUL-terminated copy of `text` that stays valid until deallocated.
  private static func copy(_ text: String) -> UnsafeMutablePointer<CChar> {
    let bytes = text.utf8CString
    let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
    for (index, byte) in bytes.enumerated() { pointer[index] = byte }
    return pointer
  }
}
