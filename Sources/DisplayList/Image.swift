import Foundation
import Geometry

/// A picture placed on a page: a logo's file bytes drawn into a box, vector (SVG) or raster (PNG).
public struct Image: Hashable, Sendable {
    /// The picture's bytes and what they are.
    public var source: ImageSource
    /// Where it is drawn, in page coordinates; layout gives it the picture's own aspect ratio.
    public var rect: Rect

    /// Creates an image item.
    public init(source: ImageSource, rect: Rect) { self.source = source; self.rect = rect }

    /// The picture fitted into `box`: as tall as the box unless that makes it too wide, never stretched, aligned left, centred or right.
    public static func fitted(_ source: ImageSource, in box: Rect, alignment: HorizontalPlacement = .leading) -> Image {
        let size = source.size(fittingHeight: box.height, maximumWidth: box.width)
        let x: Length = switch alignment {
        case .leading: box.minX
        case .center: box.minX + (box.width - size.width) / 2
        case .trailing: box.maxX - size.width
        }
        return Image(source: source, rect: Rect(x: x, y: box.minY + (box.height - size.height) / 2, width: size.width, height: size.height))
    }

    /// Where a fitted picture sits across its box.
    public enum HorizontalPlacement: Sendable { case leading, center, trailing }
}

/// An image file checked and measured: its format, bytes and intrinsic size (which gives layout the aspect ratio).
public struct ImageSource: Hashable, Sendable, CustomStringConvertible {
    /// The file formats a picture may have.
    public enum Kind: String, Hashable, Sendable { case svg, png }

    /// The format.
    public var kind: Kind
    /// The file's bytes, drawn as they are.
    public var data: Data
    /// The picture's own size: an SVG's width and height (CSS pixels at 96 per inch), a PNG's pixels at its recorded resolution.
    public var intrinsicSize: Size
    /// A PNG's size in pixels; nil for SVG.
    public var pixelSize: (width: Int, height: Int)? {
        guard let pixelWidth, let pixelHeight else { return nil }
        return (pixelWidth, pixelHeight)
    }
    private var pixelWidth: Int?
    private var pixelHeight: Int?

    /// Creates a source; `pixels` is a PNG's width and height in pixels.
    public init(kind: Kind, data: Data, intrinsicSize: Size, pixels: (width: Int, height: Int)? = nil) {
        self.kind = kind; self.data = data; self.intrinsicSize = intrinsicSize
        pixelWidth = pixels?.width; pixelHeight = pixels?.height
    }

    /// Width over height.
    public var aspectRatio: Double { intrinsicSize.width.points / intrinsicSize.height.points }

    /// The largest size with the picture's aspect ratio that is at most `height` tall and `maximumWidth` wide.
    public func size(fittingHeight height: Length, maximumWidth: Length) -> Size {
        var size = Size(width: height * aspectRatio, height: height)
        if size.width > maximumWidth { size = Size(width: maximumWidth, height: maximumWidth / aspectRatio) }
        return size
    }

    public var description: String { "\(kind.rawValue) \(data.count) bytes \(intrinsicSize)" }
}
