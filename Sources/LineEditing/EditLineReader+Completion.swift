import CEditLine

extension EditLineReader {
  /// Runs the completer on the text before the cursor: inserts what it is sure of, and
  /// lists the choices below the line when there are several.
  ///
  /// libedit's line buffer is UTF-8 bytes, so the text is decoded from `buffer` to
  /// `cursor` rather than sliced by characters.
  /// - Returns: CC_REDISPLAY after a listing (the prompt and line are drawn again below
  ///   it), CC_REFRESH after an insertion, CC_REFRESH_BEEP when there is nothing to do.
  func complete(in editor: OpaquePointer) -> UInt8 {
    guard let info = el_line(editor)?.pointee, let start = info.buffer, let cursor = info.cursor else {
      return UInt8(CC_ERROR)
    }
    let before = UnsafeRawBufferPointer(start: start, count: cursor - start)
    let completion = completer(String(decoding: before, as: UTF8.self), Int(cel_columns(editor)))
    if !completion.insertion.isEmpty, el_insertstr(editor, completion.insertion) != 0 {
      return UInt8(CC_ERROR)
    }
    if let listing = completion.listing {
      cel_print("\n" + listing)
      return UInt8(CC_REDISPLAY)
    }
    return UInt8(completion.insertion.isEmpty ? CC_REFRESH_BEEP : CC_REFRESH)
  }
}
