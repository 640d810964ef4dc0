import AdvisorCore

Platform.openStandardDescriptors()
Platform.ignoreBrokenPipes()
let code = AdvisorCLI.run(Array(CommandLine.arguments.dropFirst()))
Platform.exit(code)
