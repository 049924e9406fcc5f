import Foundation

/// An sRGB colour with 8-bit channels, as printed.
public struct RGBColor: Hashable, Sendable, CustomStringConvertible {
    public var red: UInt8, green: UInt8, blue: UInt8

    /// Creates a colour from 8-bit channels.
    public init(red: UInt8, green: UInt8, blue: UInt8) { self.red = red; self.green = green; self.blue = blue }

    /// Parses "#RRGGBB" or "RRGGBB"; nil when malformed.
    public init?(hex: String) {
        var text = hex.trimmingWhitespace()
        if text.hasPrefix("#") { text.removeFirst() }
        guard text.count == 6, let value = UInt32(text, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16 & 0xff), green: UInt8(value >> 8 & 0xff), blue: UInt8(value & 0xff))
    }

    public static let black = RGBColor(red: 0, green: 0, blue: 0)
    public static let white = RGBColor(red: 255, green: 255, blue: 255)

    /// "#RRGGBB" in upper case.
    public var hex: String { String(format: "#%02X%02X%02X", red, green, blue) }

    public var description: String { hex }

    /// WCAG 2 relative luminance, from linearised sRGB.
    public var relativeLuminance: Double {
        func linear(_ c: UInt8) -> Double {
            let s = Double(c) / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2 contrast ratio between two colours, from 1 to 21.
    public func contrastRatio(with other: RGBColor) -> Double {
        let l1 = relativeLuminance, l2 = other.relativeLuminance
        return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
    }

    /// Black or white, whichever reads better on this colour.
    public var readableTextColor: RGBColor {
        contrastRatio(with: .black) >= contrastRatio(with: .white) ? .black : .white
    }

    /// The colour mixed with white by the given fraction (0 keeps it, 1 is white).
    public func tinted(_ fraction: Double) -> RGBColor {
        func mix(_ c: UInt8) -> UInt8 { UInt8((Double(c) + (255 - Double(c)) * fraction).rounded()) }
        return RGBColor(red: mix(red), green: mix(green), blue: mix(blue))
    }
}
