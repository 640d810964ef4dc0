import AdvisorCore

Platform.openStandardDescriptors()
Platform.ignoreBrokenPipes()
Platform.quitWithoutBacktrace()
let code = AdvisorCLI.run(Array(CommandLine.arguments.dropFirst()))
Platform.exit(code)
