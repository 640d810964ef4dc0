#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// The benchmark's operating-system seams, through the C library rather than Foundation.

/// Reads a whole text file.
func readText(_ path: String) -> String? {
  guard let file = fopen(path, "r") else { return nil }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 65536)
  while true {
    let count = fread(&buffer, 1, buffer.count, file)
    if count == 0 { break }
    bytes += buffer[0..<count]
  }
  return String(validating: bytes, as: UTF8.self)
}

/// Ends the benchmark with an exit code.
func terminate(_ code: Int32) -> Never {
  exit(code)
}
