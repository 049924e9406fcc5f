import CCups
import Geometry

/// A paper or label size as CUPS names it: a PWG name such as `iso_a4_210x297mm`, or `Custom.WxLmm`.
public struct MediaSize: Hashable, Sendable, CustomStringConvertible {
    /// The name CUPS takes as the `media` option.
    public var name: String
    /// Across the feed: the shorter side of a sheet, the tape's width on a roll.
    public var width: Length
    /// Along the feed.
    public var length: Length

    /// Creates a media size with its name.
    public init(name: String, width: Length, length: Length) { self.name = name; self.width = width; self.length = length }

    /// The media a page of this size prints on, portrait (short side across the feed): a standard PWG size when the page
    /// is one within 0.5 mm, else a custom size that CUPS and PPD drivers (P-touch among them) accept. Fails only when
    /// libcups, which names the sizes, cannot be loaded.
    public init(page: Size) throws(PrintingError) {
        let cups = try Cups.library()
        let short = min(page.width, page.height), long = max(page.width, page.height)
        width = short; length = long
        // PWG sizes are in hundredths of a millimetre.
        if let media = cups.pwgMediaForSize(Int32((short.millimetres * 100).rounded()), Int32((long.millimetres * 100).rounded())),
           let pwg = media.pointee.pwg.map({ String(cString: $0) }), !pwg.hasPrefix("custom_"),
           abs(Double(media.pointee.width) / 100 - short.millimetres) <= 0.5, abs(Double(media.pointee.length) / 100 - long.millimetres) <= 0.5 {
            name = pwg
        } else {
            name = "Custom.\(Self.millimetres(short))x\(Self.millimetres(long))mm"
        }
    }

    public var description: String { "\(name) (\(Self.millimetres(width)) x \(Self.millimetres(length)) mm)" }

    /// Millimetres to two decimals at most, with no trailing zeros: "8.8", "40", "53.98".
    static func millimetres(_ length: Length) -> String {
        let value = (length.millimetres * 100).rounded() / 100
        return value == value.rounded() ? String(Int(value)) : String(value)
    }
}
