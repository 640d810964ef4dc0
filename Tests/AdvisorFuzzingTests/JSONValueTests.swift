import Testing

@testable import AdvisorFuzzing

/// The JSON reader the session mode checks turns with: strict enough that a malformed turn
/// cannot pass.
@Suite struct JSONValueTests {
  @Test func readsObjectsInOrderWithEscapes() {
    let value = JSONValue.parse(#"{"b": [1, -2.5e1, true, null], "a": "x\"\u00e9\ud83d\ude00\n"}"#)
    #expect(
      value
        == .object([
          ("b", .array([.number(1), .number(-25), .bool(true), .null])), ("a", .string("x\"é😀\n")),
        ]))
  }

  @Test(arguments: [
    #"{"a": 1"#, #"{"a" 1}"#, #"["a",]"#, "\"raw\u{1}control\"", #""\u12G4""#, #""\ud83d""#,
    #"{"a": 1} x"#, "tru", "-", "",
  ])
  func rejectsMalformedText(_ text: String) {
    #expect(JSONValue.parse(text) == nil)
  }
}
