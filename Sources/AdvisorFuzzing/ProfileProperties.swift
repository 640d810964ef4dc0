import AdvisorCore

/// A saved profile, and what must hold of any: what loads, saves and loads back the same.
enum ProfileProperties {
  /// Decodes the payload as a profile file; when it decodes, checks the round trip.
  /// - Throws: `PropertyViolation` when a profile changes by saving and loading.
  static func check(_ payload: [UInt8]) throws(PropertyViolation) {
    let text = String(decoding: payload, as: UTF8.self)
    let profile: Profile
    do throws(ProfileCodec.DecodingError) {
      profile = try ProfileCodec.decode(text, knowledge: .standard)
    } catch {
      return
    }
    try checkRoundTrip(profile)
    let encoded = ProfileCodec.encode(profile)
    try PropertyViolation.require(
      (try? ProfileCodec.decode(encoded, knowledge: .standard)).map(ProfileCodec.encode) == encoded,
      "a saved profile is saved again byte for byte", encoded)
  }

  /// Saving `profile` and loading it gives it back.
  /// - Throws: `PropertyViolation` when it does not.
  static func checkRoundTrip(_ profile: Profile) throws(PropertyViolation) {
    let encoded = ProfileCodec.encode(profile)
    let decoded: Profile
    do throws(ProfileCodec.DecodingError) {
      decoded = try ProfileCodec.decode(encoded, knowledge: .standard)
    } catch {
      throw PropertyViolation(
        "a saved profile loads", "line \(error.line): \(error.reason) in:\n\(encoded)\nfrom \(profile)")
    }
    try PropertyViolation.require(
      decoded == profile, "a profile loads as it was saved", "saved \(profile)\nloaded \(decoded)")
  }
}
