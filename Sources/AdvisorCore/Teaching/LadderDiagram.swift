/// The career ladder as text, for `:ladder`: the stages top rung first, each with its
/// roles, its typical time where a source gives one and its source, then the specialist
/// branch (the roles an MEM specialization leads to), with "you are here" and "your goal"
/// marked from the profile.
///
/// A value built from the knowledge base and the profile; `text(width:)` lays it out, so
/// the terminal front end can pass its width and transcripts a fixed one.
public struct LadderDiagram: Sendable, Equatable {
  /// The width piped sessions and transcripts lay the ladder out for.
  public static let standardWidth = 60
  /// The diagram's width: narrower than this, the ladder is a list.
  static let diagramWidth = 60

  /// A stage of the ladder, or the specialist branch.
  struct Rung: Sendable, Equatable {
    let name: String
    let citation: String
    /// One line per role (or per specialization, on the branch).
    let entries: [Entry]
    /// Sourced sentences under the roles: typical time, where the executive roles are
    /// reached from.
    let notes: [String]
  }

  /// A line of a rung: a role, or a specialization with its roles.
  struct Entry: Sendable, Equatable {
    let text: String
    let marks: [Mark]
  }

  /// What the profile says about a role.
  enum Mark: String, CaseIterable, Sendable {
    case here = "you are here"
    case goal = "your goal"
  }

  let rungs: [Rung]
  let branch: Rung?
  /// The last line: where the profile puts the user, or how to tell the advisor.
  let whereYouAre: String

  /// The ladder of the advisor's knowledge base, marked for `profile`.
  public init(advisor: Advisor, profile: Profile) {
    let builder = LadderDiagramBuilder(composer: advisor.composer, profile: profile)
    rungs = builder.rungs()
    branch = builder.specialistBranch()
    whereYouAre = builder.whereYouAre()
  }

  /// The ladder laid out for `width` columns: boxes joined by arrows when the width
  /// allows the diagram's 60 columns, else an indented list.
  public func text(width: Int) -> String {
    let width = min(width, Self.diagramWidth)
    let heading = Self.heading.wrapped(width: width)
    let lines = width == Self.diagramWidth ? heading + [""] + diagram() : heading + list(width: width)
    return (lines + [""] + whereYouAre.wrapped(width: width)).joined(separator: "\n")
  }

  private static let heading = "The career ladder, top rung first:"

  /// Boxes, top rung first, joined by upward arrows; the branch in its own box.
  private func diagram() -> [String] {
    let inner = Self.diagramWidth - 4
    let arrow = String(repeating: " ", count: Self.diagramWidth / 2 - 1) + "^"
    var lines: [String] = []
    for (index, rung) in rungs.enumerated() {
      if index > 0 { lines += [arrow, arrow.dropLast() + "|"] }
      lines += box(rung, inner: inner)
    }
    if let branch { lines += [""] + box(branch, inner: inner) }
    return lines
  }

  private func box(_ rung: Rung, inner: Int) -> [String] {
    let title = "+- \(rung.name) (\(rung.citation)) "
    let fits = title.count < Self.diagramWidth
    var lines = [(fits ? title : "+- ").padding(Self.diagramWidth - 1, with: "-") + "+"]
    func row(_ text: String) { lines.append("| " + text.padding(inner) + " |") }
    // A name and source too long for the top line go inside the box.
    if !fits { "\(rung.name) (\(rung.citation))".wrapped(width: inner).forEach(row) }
    for entry in rung.entries {
      let mark = entry.marks.isEmpty ? "" : "<- " + entry.marks.map(\.rawValue).joined(separator: ", ")
      if entry.text.count + 2 + mark.count <= inner {
        row(entry.text.padding(inner - mark.count) + mark)
      } else {
        (entry.text + (mark.isEmpty ? "" : "  " + mark)).wrapped(width: inner).forEach(row)
      }
    }
    for note in rung.notes { note.wrapped(width: inner).forEach(row) }
    lines.append("+" + String(repeating: "-", count: Self.diagramWidth - 2) + "+")
    return lines
  }

  /// One paragraph per rung, its roles after its name, notes indented under it.
  private func list(width: Int) -> [String] {
    var lines: [String] = []
    for rung in rungs + (branch.map { [$0] } ?? []) {
      let entries = rung.entries.map { entry in
        let name = Phrasing.lowercasingFirstWord(entry.text)
        return entry.marks.isEmpty ? name : "\(name) [\(entry.marks.map(\.rawValue).joined(separator: ", "))]"
      }
      lines += hanging(
        "\(rung.name) (\(rung.citation)): \(entries.joined(separator: "; "))", width: width, indent: "")
      for note in rung.notes { lines += hanging(note, width: width, indent: "  ") }
    }
    return lines
  }

  /// `text` wrapped to `width` after `indent`, its later lines indented two more spaces.
  private func hanging(_ text: String, width: Int, indent: String) -> [String] {
    let first = text.wrapped(width: width - indent.count)
    guard let head = first.first else { return [] }
    let rest = String(text.dropFirst(head.count)).trimmed()
    let more = rest.isEmpty ? [] : rest.wrapped(width: width - indent.count - 2).map { indent + "  " + $0 }
    return [indent + head] + more
  }
}
