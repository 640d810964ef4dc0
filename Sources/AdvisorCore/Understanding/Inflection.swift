/// English plural handling for matching names, kept deliberately simple: it only has to
/// make "managers", "directors", "ctos" and "companies" meet their singular aliases.
enum Inflection {
  /// The singular form of a lowercase word (the word itself when it is not plural).
  static func singular(_ word: String) -> String {
    // Short words ("its", "has", "ems") are left to the lexicon, which knows its short names.
    // The last byte first: most words end in another letter, and counting characters walks them.
    guard word.utf8.last == UInt8(ascii: "s"), word.characterCount > 3, word.hasSuffix("s") else {
      return word
    }
    if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
    if word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") {
      return String(word.dropLast(2))
    }
    return String(word.dropLast())
  }
}
