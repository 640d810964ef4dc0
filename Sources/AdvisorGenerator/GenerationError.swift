import AdvisorCore

/// Why nothing was generated: a malformed file of `Intents/` or `Knowledge/`.
public enum GenerationError: Error, Sendable, Equatable {
  case intents(IntentFileError)
  case knowledge(KnowledgeError)
}

extension GenerationError: CustomStringConvertible {
  /// `folder/file:line: problem`, with the file's path from the package root.
  public var description: String {
    switch self {
    case .intents(let error): Self.located(error, in: "Intents")
    case .knowledge(let error): Self.located(error, in: "Knowledge")
    }
  }

  /// The error with its file put inside `folder`, unless it names the folder itself.
  private static func located<Problem>(_ error: FileLocatedError<Problem>, in folder: String) -> String {
    let file = error.file.isEmpty || error.file == folder ? folder : folder + "/" + error.file
    return FileLocatedError(file: file, line: error.line, problem: error.problem).description
  }
}
