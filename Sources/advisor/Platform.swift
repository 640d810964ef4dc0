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

  /// Gives SIGQUIT (Ctrl-\\) its default action, ending the process at once, rather than
  /// the Swift runtime's backtracer, which reports it as a crash and waits for a key.
  /// (The interactive prompt then catches it and ignores it, as shells do.)
  static func quitWithoutBacktrace() {
    signal(SIGQUIT, SIG_DFL)
  }

  /// The terminal's width in columns, or nil when output is not a terminal.
  static func terminalWidth() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

}

extension Platform {
  /// Reads a line from the controlling terminal (for `replay --step`); false at its end or when
  /// there is none.
  static func waitForEnterOnTerminal() -> Bool {
    guard let terminal = TerminalLines() else { return false }
    write("(press Enter for the next question) ", to: 2)
    return terminal.readLine() != nil
  }

  /// The controlling terminal (/dev/tty) opened for reading; nil when the process has none.
  static func openTerminal() -> OpaquePointer? {
    fopen("/dev/tty", "r").map(OpaquePointer.init)
  }

  /// The next byte typed at a terminal `openTerminal` opened; nil at its end.
  static func nextByte(of terminal: OpaquePointer) -> UInt8? {
    let character = fgetc(UnsafeMutablePointer<FILE>(terminal))
    return character == EOF ? nil : UInt8(truncatingIfNeeded: character)
  }

  /// Closes a terminal `openTerminal` opened.
  static func closeTerminal(_ terminal: OpaquePointer) {
    fclose(UnsafeMutablePointer<FILE>(terminal))
  }
}

extension Platform {
  /// Whether the path is a folder this process may create files in.
  static func isWritableDirectory(_ path: String) -> Bool {
    isDirectory(path) && access(path, W_OK | X_OK) == 0
  }

  /// SIGINT, which ends a run on piped input.
  static let interruptSignal = SIGINT

  /// Ends the process by `signal` with its default action (after the caller has saved what it
  /// must), so the parent sees how it ended.
  static func die(by signal: Int32) -> Never {
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
    Glibc.exit(128 + signal)
  }
}

extension Platform {
  /// What `lstat` or `stat` says about a path.
  struct FileStatus {
    enum Kind {
      case regular, directory, symbolicLink, other
    }
    let kind: Kind
    /// The permission bits (0o777).
    let permissions: UInt32
    let size: Int
    /// The device and inode, which tell two paths to the same folder apart from two folders.
    let identity: [UInt64]
  }

  /// The status of `path`, or of the link itself when `followingLinks` is false; nil when
  /// there is nothing there.
  static func status(_ path: String, followingLinks: Bool = true) -> FileStatus? {
    var info = stat()
    guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
    return status(of: info)
  }

  private static func status(of info: stat) -> FileStatus {
    let kind: FileStatus.Kind =
      switch info.st_mode & S_IFMT {
      case S_IFREG: .regular
      case S_IFDIR: .directory
      case S_IFLNK: .symbolicLink
      default: .other
      }
    return FileStatus(
      kind: kind, permissions: UInt32(info.st_mode & 0o777), size: Int(info.st_size),
      identity: [UInt64(info.st_dev), UInt64(info.st_ino)])
  }

  /// What a symbolic link points to, as written in it.
  static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Whether this process may write the existing file at `path`.
  static func mayWrite(_ path: String) -> Bool {
    access(path, W_OK) == 0
  }

  /// Reads a regular file of at most `limit` bytes.
  ///
  /// Opened without blocking, so a FIFO never hangs the advisor, and refused unless it is
  /// a regular file, so `/dev/zero` is never read.
  /// - Throws: `FileError` when it cannot be opened or read, is not a regular file, or is
  ///   larger than `limit`.
  static func readFile(_ path: String, limit: Int) throws(FileError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    guard descriptor >= 0 else { throw FileError(path: path, problem: .system(errno)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw FileError(path: path, problem: .system(errno)) }
    let found = status(of: info)
    guard found.kind == .regular else {
      throw FileError(path: path, problem: found.kind == .directory ? .directory : .notRegularFile)
    }
    guard found.size <= limit else { throw FileError(path: path, problem: .tooLarge(limit: limit)) }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    return try readAll(descriptor, limit: limit, path: path)
  }

  /// Reads standard input to its end, up to `limit` bytes.
  /// - Throws: `FileError` (for `-`) when it cannot be read or holds more than `limit`.
  static func readStandardInput(limit: Int) throws(FileError) -> [UInt8] {
    try readAll(0, limit: limit, path: "-")
  }

  private static func readAll(_ descriptor: Int32, limit: Int, path: String) throws(FileError) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError(path: path, problem: .system(errno))
      }
      if count == 0 { return bytes }
      guard bytes.count + count <= limit else {
        throw FileError(path: path, problem: .tooLarge(limit: limit))
      }
      bytes += buffer[0..<count]
    }
  }

  /// Creates a new file (never an existing one, nor through a link) with `permissions`,
  /// writes `text`, and flushes it to the disk, checking every step.
  /// - Throws: `FileError` for the first step that failed; the file is removed then.
  static func writeNewFile(_ path: String, _ text: String, permissions: UInt32) throws(FileError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(permissions))
    guard descriptor >= 0 else { throw FileError(path: path, problem: .system(errno)) }
    var failure = fchmod(descriptor, mode_t(permissions)) == 0 ? nil : errno
    failure = failure ?? write(text, to: descriptor)
    failure = failure ?? (fsync(descriptor) == 0 ? nil : errno)
    failure = close(descriptor) == 0 ? failure : failure ?? errno
    if let failure {
      unlink(path)
      throw FileError(path: path, problem: .system(failure))
    }
  }

  /// Renames `path` over `destination` in one step, then flushes the folder so the rename
  /// itself survives a crash.
  /// - Throws: `FileError` when the rename fails; `path` is removed then.
  static func replace(_ destination: String, with path: String) throws(FileError) {
    guard Glibc.rename(path, destination) == 0 else {
      let failure = errno
      unlink(path)
      throw FileError(path: destination, problem: .system(failure))
    }
    let folder = open(directoryName(destination), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folder >= 0 {
      fsync(folder)
      close(folder)
    }
  }

  /// Removes a file; false when it could not be removed.
  static func remove(_ path: String) -> Bool {
    unlink(path) == 0
  }

  /// Renames a file; false when that fails.
  static func rename(_ path: String, to destination: String) -> Bool {
    Glibc.rename(path, destination) == 0
  }

  /// The folder part of a path ("." for a bare name).
  static func directoryName(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The process id, to name temporary files.
  static var processID: Int32 { getpid() }

  /// Runs `body` holding an exclusive advisory lock (`flock`) on the file at `path`,
  /// created if needed; runs it without the lock when the file cannot be opened (a
  /// read-only folder), since the write that follows will fail and say so.
  static func withLock<T>(_ path: String, _ body: () -> T) -> T {
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else { return body() }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
    return body()
  }
}
