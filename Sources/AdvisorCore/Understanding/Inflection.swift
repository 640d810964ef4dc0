/// English plural handling for matching names, kept deliberately simple: it only has to
/// make "managers", "directors", "ctos" and "companies" meet their singular aliases.
enum Inflection {
  /// The singular form of a lowercase word (the word itself when it is not plural).
  static func singular(_ word: String) -> String {
    // Short words ("its", "has", "ems") are left to the lexicon, which knows its short names.
    guard word.count > 3, word.hasSuffix("s") else { return word }
    if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
    if word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") {
      return String(word.dropLast(2))
    }
    return String(word.dropLast())
  }
}
