import Foundation

/// The sanitizers' settings of the test run, for tests that start the advisor with an
/// environment of their own.
///
/// `make sanitize` passes LeakSanitizer its suppression file through `LSAN_OPTIONS`; an advisor
/// built with the sanitizers and started without it would report libedit's leak and fail.
public enum SanitizerEnvironment {
  /// `ASAN_OPTIONS`, `LSAN_OPTIONS`, `TSAN_OPTIONS` and the like, as set for this process.
  public static var inherited: [String: String] {
    ProcessInfo.processInfo.environment.filter { $0.key.hasSuffix("SAN_OPTIONS") }
  }
}
