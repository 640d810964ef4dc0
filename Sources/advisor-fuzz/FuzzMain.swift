import AdvisorFuzzing
import CLibFuzzer

/// The fuzz target, built on the first input and used for every one after; libFuzzer calls
/// from one thread.
nonisolated(unsafe) private let target = FuzzTarget()

/// libFuzzer's callback: checks one input and crashes on a violated property, so libFuzzer
/// saves the input as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  do throws(PropertyViolation) {
    try target.check(input)
  } catch {
    fatalError(error.description)
  }
  return 0
}

/// `advisor-fuzz [libFuzzer options] [CORPUS...]`: hands the command line to libFuzzer.
///
/// SwiftPM links an executable's entry as `advisor_fuzz_main`; `@main` defines it without
/// `-parse-as-library`, so the ordinary build links this target too. Built without
/// `-sanitize=fuzzer` there is no libFuzzer: it says so and exits 69.
@main
enum FuzzMain {
  static func main() {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    clf_main(&argc, &argv, testOneInput)
  }
}
