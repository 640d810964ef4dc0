import Foundation
import Testing

/// Issue 12, case 15: an option that does not apply to a command is a usage error, never
/// silently ignored.
@Suite struct OptionTests {
  @Test(arguments: [
    (["ask", "--update", "--step", "hi"], "'--update' does not apply to 'ask'"),
    (["ask", "--json", "--explain", "hi"], "'--json' and '--explain' do not go together"),
    (["--step"], "'--step' does not apply to the prompt"),
    (["check", "--step", "x.transcript"], "'--step' does not apply to 'check'"),
    (["check", "--json", "x.transcript"], "'--json' does not apply to 'check'"),
    (["replay", "--coverage", "x.transcript"], "'--coverage' does not apply to 'replay'"),
    (["ask", "--no-history", "hi"], "'--no-history' does not apply to 'ask'"),
    (["replay", "--json", "--step", "x.transcript"], "drop '--json'"),
  ])
  func anOptionThatDoesNotApplyIsAUsageError(arguments: [String], message: String) throws {
    let sandbox = try Sandbox()
    let run = try BinaryRunner.run(arguments, in: URL(fileURLWithPath: sandbox.home))
    #expect(run.status == 64)
    #expect(run.stderr.contains(message), "stderr: \(run.stderr)")
  }
}
