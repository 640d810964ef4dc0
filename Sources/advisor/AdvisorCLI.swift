import AdvisorCore

/// The advisor's commands: parses the arguments, runs one, and turns errors into
/// messages and exit codes.
enum AdvisorCLI {
  static let version = "advisor 1.0.0"

  /// Runs the command line and returns the exit code.
  static func run(_ arguments: [String]) -> Int32 {
    do throws(CLIError) {
      let options = try Arguments.parse(arguments)
      switch options.command {
      case .help:
        Output.standard.write(helpText)
        return 0
      case .version:
        Output.standard.write(version + "\n")
        return 0
      case .ask(let question): return try ask(question, options)
      case .replay(let files):
        return ReplayCommand(options: options, advisor: try makeAdvisor(options)).run(files)
      case .check(let paths):
        return try CheckCommand(options: options, advisor: makeAdvisor(options)).run(paths)
      case .interactive: return try InteractiveCommand(options: options, advisor: makeAdvisor(options)).run()
      case .intents(let id): return try IntentsCommand(advisor: makeAdvisor(options)).run(id)
      }
    } catch {
      Output.error.write(error.message + "\n")
      return error.exitCode
    }
  }

  private static func ask(_ question: String, _ options: Arguments) throws(CLIError) -> Int32 {
    let advisor = try makeAdvisor(options)
    if options.explain {
      Output.standard.write(Explanation.render(advisor.analyze(question)) + "\n")
      return 0
    }
    var session = Session(advisor: advisor)
    guard case .reply(let reply) = session.handle(question) else {
      throw .usage("'ask' takes a question; meta-commands like '\(question)' work at the prompt")
    }
    if options.json {
      Output.standard.write(TurnJSON.encode(turn: 1, reply: reply) + "\n")
    } else {
      Output.standard.write(styled: Output.render(reply.answer, options: options) + "\n")
    }
    return 0
  }

  static let helpText = """
    advisor: answers questions about the engineering-management career path, from sourced facts.

    Usage:
      advisor                         start the interactive prompt
      advisor ask [--json|--explain] QUESTION
                                      answer one question
      advisor replay [--json] [--step] [--why] FILE... | -
                                      replay transcripts (- reads standard input);
                                      --step on a terminal presents them as lessons;
                                      --why follows each answer with its :why
      advisor check [--update] [--coverage] FILE|DIR...
                                      replay transcripts and compare with their answers
      advisor intents [ID]            list the intents, or the keywords an intent learned

    Options (each only with the commands it names; others are a usage error):
      --json              print one JSON object per answered question (ask, replay,
                          or the prompt's piped input)
      --explain           with ask: show how the question was understood and scored
      --intents DIR       read intent definitions from DIR instead of the built-in ones
      --knowledge DIR     read the knowledge base from DIR instead of the built-in one
      --no-history        do not read or write the prompt's history file
      --color WHEN        style output: auto (default), always or never
      --version           print the version
      -h, --help          print this help

    At the prompt, type :help for example questions and commands.

    """
}
