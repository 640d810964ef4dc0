import AdvisorFuzzing
import Testing

/// Records an issue when the fuzz target finds a property violated by `bytes`.
///
/// Checked in place, not inside `#expect(throws: Never.self) { … }`: with Swift 6.3.1, the
/// backtrace Swift Testing takes whenever an error is thrown (even one a `try?` deep inside
/// catches) can crash in libgcc's unwinder on that closure's frame, taking the whole test run
/// down with a segmentation fault.
func expectNoViolation(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
  do throws(PropertyViolation) {
    try FuzzTarget().check(bytes)
  } catch {
    Issue.record("\(error)", sourceLocation: sourceLocation)
  }
}
