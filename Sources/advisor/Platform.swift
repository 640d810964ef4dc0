#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The operating-system seams, in one place: streams, files, environment, signals.
enum Platform {
  /// Whether a file descriptor is a terminal.
  static func isTerminal(_ descriptor: Int32) -> Bool {
    isatty(descriptor) != 0
  }

  /// An environment variable, or nil when unset.
  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// Ends the process with `code`, flushing standard output first.
  static func exit(_ code: Int32) -> Never {
    fflush(stdout)
    Glibc.exit(code)
  }

  /// Writes bytes to a descriptor.
  ///
  /// Returns nil when everything was written, else the error number (EPIPE when the
  /// reader has gone), so callers can stop cleanly instead of crashing.
  @discardableResult
  static func write(_ text: String, to descriptor: Int32) -> Int32? {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }

  /// Whether an error number means the reader of a pipe has gone.
  static func isBrokenPipe(_ error: Int32) -> Bool {
    error == EPIPE
  }

  /// The system's description of an error number.
  static func describe(_ error: Int32) -> String {
    String(cString: strerror(error))
  }

  /// Reads a whole file.
  /// - Throws: `FileError` with the reason when it cannot be opened or read.
  static func readFile(_ path: String) throws(FileError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw FileError(path: path, reason: lastError()) }
    defer { close(descriptor) }
    var info = stat()
    if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw FileError(path: path, reason: "is a directory")
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError(path: path, reason: lastError())
      }
      if count == 0 { return bytes }
      bytes += buffer[0..<count]
    }
  }

  /// Reads standard input to its end.
  static func readStandardInput() -> [UInt8] {
    (try? readFile("/dev/stdin")) ?? []
  }

  /// Writes a file atomically: a temporary file in the same folder, then a rename, so a crash
  /// never leaves half a file.
  ///
  /// The new file keeps the mode of the file it replaces; a new file gets `mode`
  /// (0644 by default; private files such as the profile pass 0600).
  static func writeFileAtomically(_ path: String, _ text: String, mode: mode_t = 0o644) throws(FileError) {
    let temporary = path + ".tmp.\(getpid())"
    var existing = stat()
    let permissions = stat(path, &existing) == 0 ? existing.st_mode & 0o777 : mode
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, permissions)
    guard descriptor >= 0 else { throw FileError(path: path, reason: lastError()) }
    fchmod(descriptor, permissions)
    let written = write(text, to: descriptor) == nil
    let synced = fsync(descriptor) == 0
    close(descriptor)
    guard written, synced, rename(temporary, path) == 0 else {
      let reason = lastError()
      unlink(temporary)
      throw FileError(path: path, reason: reason)
    }
  }

  /// The entries of a directory (names only), sorted; nil when it is not a directory.
  static func directoryEntries(_ path: String) -> [String]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// Whether anything (file or folder) is at the path.
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Whether the path names a directory.
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Creates a directory and its parents (mode 0700); true when it exists afterwards.
  static func makeDirectories(_ path: String) -> Bool {
    var prefix = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      prefix += "/" + component
      if !isDirectory(prefix) { mkdir(prefix, 0o700) }
    }
    return isDirectory(path)
  }

  /// Opens /dev/null on any of standard input, output and error that is closed, so a
  /// file the advisor opens later never takes their place (and messages meant for
  /// standard error never land in it).
  static func openStandardDescriptors() {
    for descriptor in Int32(0)...2 where fcntl(descriptor, F_GETFD) == -1 {
      _ = open("/dev/null", O_RDWR)
    }
  }

  /// A closed pipe must end the advisor quietly, not kill it with SIGPIPE.
  static func ignoreBrokenPipes() {
    signal(SIGPIPE, SIG_IGN)
  }

  /// The terminal's width in columns, or nil when output is not a terminal.
  static func terminalWidth() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  private static func lastError() -> String {
    String(cString: strerror(errno))
  }
}

/// A file that could not be read or written, with the system's reason.
struct FileError: Error {
  let path: String
  let reason: String
}

extension Platform {
  /// Reads a line from the controlling terminal (for `replay --step`); false at its end or when
  /// there is none.
  static func waitForEnterOnTerminal() -> Bool {
    guard let terminal = fopen("/dev/tty", "r") else { return false }
    defer { fclose(terminal) }
    write("(press Enter for the next question) ", to: 2)
    while true {
      let character = fgetc(terminal)
      if character == EOF { return false }
      if character == 10 { return true }
    }
  }
}

extension Platform {
  /// Whether the path is a folder this process may create files in.
  static func isWritableDirectory(_ path: String) -> Bool {
    isDirectory(path) && access(path, W_OK | X_OK) == 0
  }

  /// Whether the path can be written as a regular file: it is one and is writable, or it does
  /// not exist yet.
  static func isWritableFileOrAbsent(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return errno == ENOENT }
    return (info.st_mode & S_IFMT) == S_IFREG && access(path, R_OK | W_OK) == 0
  }

  /// Ends the process by `signal` with its default action (after the caller has saved what it
  /// must), so the parent sees how it ended.
  static func die(by signal: Int32) -> Never {
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
    Glibc.exit(128 + signal)
  }
}

extension Platform {
  /// Renames a file, replacing any file at the destination; quietly does nothing when that
  /// fails (the caller has already decided to go on without it).
  static func moveFile(_ path: String, to destination: String) {
    _ = rename(path, destination)
  }
}
