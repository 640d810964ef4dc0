/// Job titles a question names that are none of the advisor's roles.
extension Analysis {
  /// The first job title the question names that no role of the advisor has ("plant manager",
  /// "integration engineer"), as its words; nil when there is none.
  ///
  /// A title is an article, one qualifying word, then a word the `job title` cue marks: "a
  /// site engineer", "an integration engineer". The qualifier may be other work ("a plant
  /// manager") but no other cue and no part of a name, so "an engineering manager" is no
  /// unknown title. Without the article the words are too often something else ("about
  /// engineers", "and engineer").
  public var unknownTitle: String? {
    for (cue, position) in cues.found where cue == .jobTitle && position >= 2 {
      let qualifier = position - 1
      guard IntentClassifier.isArticle(words[position - 2]), !isNamed(position), isQualifier(at: qualifier)
      else { continue }
      return words[qualifier...position].joined(separator: " ")
    }
    return nil
  }

  /// Whether the word at `position` could qualify a title: letters only, three or more, and
  /// claimed by no name and no cue but `other work`.
  private func isQualifier(at position: Int) -> Bool {
    let word = words[position]
    return word.count >= 3 && word.allSatisfy(\.isLetter)
      && !cues.found.contains { $0.position == position && $0.cue != .otherWork } && !isNamed(position)
  }

  /// Whether a name or a reference covers the word at `position`.
  private func isNamed(_ position: Int) -> Bool {
    mentions.contains { $0.range.contains(position) }
  }
}
