import AdvisorCore

/// Reads transcript files from paths, folders, or standard input (`-`).
enum TranscriptLoader {
  /// Loads every transcript the paths name, in order, and hands each to `body`.
  ///
  /// A bad path or file is reported on standard error as it is met, and the others
  /// still run: one broken transcript must not hide the results of the rest.
  /// - Parameters:
  ///   - paths: files, folders (searched for `*.transcript`), or `-` for standard input.
  ///   - advisor: whose intents and knowledge base's ids the transcripts' expectations may
  ///     name.
  ///   - body: called with each transcript and how many files there are in all;
  ///     returns false to stop.
  /// - Returns: the errors met, in order.
  static func forEach(
    _ paths: [String], advisor: Advisor, _ body: (Transcript, _ count: Int) -> Bool
  ) -> [CLIError] {
    var errors: [CLIError] = []
    var files: [String] = []
    for path in paths {
      do throws(CLIError) {
        files += try self.files(at: path)
      } catch {
        report(error)
        errors.append(error)
      }
    }
    for file in files {
      do throws(CLIError) {
        guard body(try load(file, advisor: advisor), files.count) else { break }
      } catch {
        report(error)
        errors.append(error)
      }
    }
    return errors
  }

  /// Loads one transcript, whose expectations may name the intents and ids of `advisor`.
  ///
  /// Reading is bounded: a file must be a regular file (not a FIFO or a device such as
  /// /dev/zero) of at most `Limits.fileBytes`, and so must standard input's contents.
  /// - Throws: `CLIError.transcript` for an unreadable or malformed file.
  static func load(_ path: String, advisor: Advisor) throws(CLIError) -> Transcript {
    let bytes: [UInt8]
    do throws(FileError) {
      bytes =
        path == "-"
        ? try Platform.readStandardInput(limit: Limits.fileBytes)
        : try Platform.readFile(path, limit: Limits.fileBytes)
    } catch {
      throw .transcript(
        TranscriptError(file: path == "-" ? "<stdin>" : path, line: 0, problem: .unreadable(error.reason)))
    }
    do throws(TranscriptError) {
      return try TranscriptParser.parse(
        bytes: bytes, file: path == "-" ? "<stdin>" : path, knowledge: advisor.knowledge,
        intents: advisor.intents)
    } catch {
      throw .transcript(error)
    }
  }

  /// The transcript files a path names: the path itself when it is not a folder, or a
  /// folder's `*.transcript` files (recursively, hidden entries skipped), in name order.
  /// - Throws: `CLIError.transcript` for an unreadable folder or one with no transcripts.
  static func files(at path: String) throws(CLIError) -> [String] {
    guard Platform.isDirectory(path) else { return [path] }
    guard let found = DataFolder.paths(in: path)?.filter({ $0.hasSuffix(".transcript") }) else {
      throw .transcript(
        TranscriptError(file: path, line: 0, problem: .unreadable("the folder cannot be listed")))
    }
    guard !found.isEmpty else {
      throw .transcript(TranscriptError(file: path, line: 0, problem: .noTranscripts))
    }
    return found.map { DataFolder.join(path, $0) }
  }

  private static func report(_ error: CLIError) {
    Output.error.write(error.message + "\n")
  }
}
