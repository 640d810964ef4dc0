/// What the command line asks for.
struct Arguments {
  /// The subcommand.
  enum Command: Equatable {
    case interactive
    case ask(question: String)
    case replay(files: [String])
    case check(paths: [String])
    /// `advisor intents [ID]`: the intents, or one intent's learned keywords.
    case intents(id: String?)
    case help
    case version
  }

  /// An option that applies to some commands only.
  enum Option: String, CaseIterable {
    case json = "--json"
    case step = "--step"
    case update = "--update"
    case coverage = "--coverage"
    case explain = "--explain"
    case why = "--why"
    case noHistory = "--no-history"
    case color = "--color"
    case intents = "--intents"
    case knowledge = "--knowledge"
  }

  /// When to style output for a terminal.
  enum ColorChoice: String {
    case auto, always, never
  }

  var command: Command = .interactive
  var json = false
  var step = false
  var update = false
  var coverage = false
  var explain = false
  /// With `replay`: each answer is followed by its `:why`.
  var why = false
  var history = true
  var color = ColorChoice.auto
  var intentsDirectory: String?
  var knowledgeDirectory: String?
  /// The options given, in order, to check that each applies to the command.
  private var given: [Option] = []

  /// Parses `arguments` (without the program name).
  /// - Throws: `CLIError.usage` naming the first problem.
  static func parse(_ arguments: [String]) throws(CLIError) -> Arguments {
    var result = Arguments()
    var positional: [String] = []
    var index = 0
    var optionsEnded = false
    func value(for option: String, inline: String?) throws(CLIError) -> String {
      if let inline { return inline }
      index += 1
      guard index < arguments.count else { throw .usage("option '\(option)' needs a value") }
      return arguments[index]
    }
    while index < arguments.count {
      let argument = arguments[index]
      if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
        positional.append(argument)
      } else if argument == "--" {
        optionsEnded = true
      } else {
        let (name, inline) = split(argument)
        if let option = Option(rawValue: name) { result.given.append(option) }
        switch name {
        case "-h", "--help": result.command = .help
        case "--version": result.command = .version
        case "--json": result.json = true
        case "--step": result.step = true
        case "--update": result.update = true
        case "--coverage": result.coverage = true
        case "--explain": result.explain = true
        case "--why": result.why = true
        case "--no-history": result.history = false
        case "--intents": result.intentsDirectory = try value(for: name, inline: inline)
        case "--knowledge": result.knowledgeDirectory = try value(for: name, inline: inline)
        case "--color":
          let text = try value(for: name, inline: inline)
          guard let choice = ColorChoice(rawValue: text) else {
            throw .usage("'--color' takes auto, always or never, not '\(text)'")
          }
          result.color = choice
        default: throw .usage("unknown option '\(argument)'")
        }
      }
      index += 1
    }
    if result.command == .help || result.command == .version { return result }
    result.command = try command(from: positional)
    try result.checkOptions()
    return result
  }

  /// Rejects an option the command does not use, or two that do not go together: an
  /// option silently ignored would let a user believe it did something.
  /// - Throws: `CLIError.usage` naming the option and where it belongs.
  private func checkOptions() throws(CLIError) {
    // An array, not a set: a set of options would cost start-up a run-time type look-up.
    let (name, allowed): (String, [Option]) =
      switch command {
      case .interactive: ("the prompt (no command)", [.json, .noHistory, .color, .intents, .knowledge])
      case .ask: ("'ask'", [.json, .explain, .color, .intents, .knowledge])
      case .replay: ("'replay'", [.json, .step, .why, .color, .intents, .knowledge])
      case .check: ("'check'", [.update, .coverage, .intents, .knowledge])
      case .intents: ("'intents'", [.intents, .knowledge])
      case .help, .version: ("", Option.allCases)
      }
    if let option = given.first(where: { !allowed.contains($0) }) {
      throw .usage("'\(option.rawValue)' does not apply to \(name)")
    }
    if json && explain { throw .usage("'--json' and '--explain' do not go together; choose one") }
    if json && why { throw .usage("'--json' and '--why' do not go together; choose one") }
    if json && step { throw .usage("'--step' pauses a conversation for people; drop '--json'") }
  }

  private static func split(_ argument: String) -> (String, String?) {
    guard let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
    return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
  }

  private static func command(from positional: [String]) throws(CLIError) -> Command {
    guard let name = positional.first else { return .interactive }
    let rest = Array(positional.dropFirst())
    switch name {
    case "ask":
      // Joined by hand: the library's generic `joined(separator:)` costs start-up about
      // 0.1M instructions of run-time type look-ups.
      let question = rest.dropFirst().reduce(rest.first ?? "") { $0 + " " + $1 }
      guard !question.isBlank else { throw .usage("'ask' needs a question") }
      return .ask(question: question)
    case "replay":
      guard !rest.isEmpty else { throw .usage("'replay' needs a transcript file, or - for standard input") }
      return .replay(files: rest)
    case "check":
      guard !rest.isEmpty else { throw .usage("'check' needs transcript files or folders") }
      return .check(paths: rest)
    case "intents":
      guard rest.count <= 1 else { throw .usage("'intents' takes at most one intent id") }
      return .intents(id: rest.first)
    case "help": return .help
    default:
      throw .usage("unknown command '\(name)'; commands are ask, replay, check and intents")
    }
  }
}

extension String {
  /// Whether the string is only white space (spaces, tabs, line ends) or empty.
  var isBlank: Bool {
    allSatisfy(\.isWhitespace)
  }
}
