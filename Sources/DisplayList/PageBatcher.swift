import Geometry

/// Regroups a page's items into as few drawing operations as the picture allows.
///
/// A PDF writer pays per operation (Cairo unions every operation's extents into a region and
/// formats every coordinate), so a sheet of 60 tags drawn as a few hundred fills, strokes and
/// glyph calls costs far more than the same sheet drawn as one path per colour and one glyph call
/// per font. An item joins an earlier batch of its style only when that batch comes after every
/// batch holding something it overlaps, so wherever two items overlap, the one listed later is
/// still painted later; items of one batch never overlap, so a merged path paints exactly what
/// its members painted one by one. Overlap is judged on padded bounding boxes, erring towards
/// "overlaps". Clipped groups, groups kept for reuse, pictures and runs whose clusters do not run forwards stay single items;
/// a group with a reuse key that is not kept is drawn with the page like any other (a design placed once is never recorded).
public struct PageBatcher {
    /// Space kept around every item's box, so merged neighbours never share an anti-aliased pixel
    /// at any resolution down to 36 dpi.
    static let padding = 1.0
    /// Grid cell size of the overlap index, in points.
    static let cell = 48.0

    private enum Key: Hashable {
        case fill(RGBColor, Transform)
        case stroke(Stroke, Transform)
        case glyphs(FontFace, Length, RGBColor, Transform)
    }

    private struct Box { var minX, minY, maxX, maxY: Double; var batch: Int }

    private var batches: [DrawBatch] = []
    private var last: [Key: Int] = [:]
    private var cells: [Int: [Box]] = [:]
    /// The highest batch holding an item whose extent is unknown (it overlaps everything).
    private var unbounded = -1
    /// Reuse keys whose groups stay whole, to be placed as one recorded drawing.
    private var kept: Set<String> = []
    /// The extent of each kept group in its own coordinates: every group of one key holds the same items, so a
    /// design placed 65 times on a page is measured once.
    private var keptExtents: [String: Rect?] = [:]

    /// The batches that draw `page`, in painting order; groups whose reuse key is in `reusing` stay whole.
    public static func batches(of page: Page, reusing kept: Set<String> = []) -> [DrawBatch] {
        var batcher = PageBatcher()
        batcher.kept = kept
        for item in page.items { batcher.add(item, .identity) }
        return batcher.batches
    }

    /// How often each reuse key is placed on a page (groups inside a group with a key are that group's, not counted).
    public static func reuseCounts(of page: Page) -> [String: Int] {
        var counts: [String: Int] = [:]
        func visit(_ item: Item) {
            guard case .group(let group) = item else { return }
            if let key = group.reuseKey { counts[key, default: 0] += 1 } else { group.items.forEach(visit) }
        }
        page.items.forEach(visit)
        return counts
    }

    private mutating func add(_ item: Item, _ transform: Transform) {
        switch item {
        case .group(let group):
            if group.clip != nil || group.reuseKey.map(kept.contains) == true {
                // Drawn as it stands: a clip must stay around its own items, and a reused group is placed whole.
                place(.single(item, transform), key: nil, linear: .identity, bounds: keptExtent(of: item, group.reuseKey, transform), pad: 0)
            } else {
                let inner = group.transform.then(transform)
                for child in group.items { add(child, inner) }
            }
        case .shape(let shape):
            guard let bounds = shape.path.bounds else { return }
            guard case .move = shape.path.elements.first, let space = BatchSpace(transform) else {
                place(.single(item, transform), key: nil, linear: .identity, bounds: transform.apply(bounds), pad: strokeReach(shape.stroke, transform))
                return
            }
            let path = space.path(shape.path)
            let pageBounds = transform.apply(bounds)
            if let fill = shape.fill {
                place(.fill(fill), key: .fill(fill, space.linear), linear: space.linear, bounds: pageBounds, pad: 0, path: path)
            }
            if let stroke = shape.stroke {
                place(.stroke(stroke), key: .stroke(stroke, space.linear), linear: space.linear, bounds: pageBounds, pad: strokeReach(stroke, transform), path: path)
            }
        case .glyphs(let run):
            guard let box = glyphBox(run, transform) else { return }
            guard Self.clustersRunForward(run), let space = BatchSpace(transform) else {
                place(.single(item, transform), key: nil, linear: .identity, bounds: box, pad: 0)
                return
            }
            var moved = run
            moved.origin = space.point(run.origin)
            place(.glyphs(font: run.font, size: run.size, color: run.color), key: .glyphs(run.font, run.size, run.color, space.linear),
                  linear: space.linear, bounds: box, pad: 0, run: moved)
        case .image(let image):
            // A picture is drawn whole, never merged: its own box bounds what it paints.
            place(.single(item, transform), key: nil, linear: .identity, bounds: transform.apply(image.rect), pad: 0)
        }
    }

    /// A group's extent through `transform`, measured once per reuse key when the transform only moves it.
    private mutating func keptExtent(of item: Item, _ key: String?, _ transform: Transform) -> Rect? {
        guard let key, transform.a == 1, transform.b == 0, transform.c == 0, transform.d == 1 else { return extent(of: item, transform) }
        let own: Rect?
        if let known = keptExtents[key] { own = known } else {
            own = extent(of: item, .identity)
            keptExtents[key] = own
        }
        return own?.offsetBy(dx: transform.tx, dy: transform.ty)
    }

    /// The page-space box an item can paint, ink reach included; nil when it paints nothing.
    private func extent(of item: Item, _ transform: Transform) -> Rect? {
        switch item {
        case .group(let group):
            let inner = group.transform.then(transform)
            if let clip = group.clip { return clip.bounds.map { inner.apply($0) } }
            return group.items.compactMap { extent(of: $0, inner) }.reduce(nil) { $0?.union($1) ?? $1 }
        case .shape(let shape):
            let reach = strokeReach(shape.stroke, transform)
            return shape.path.bounds.map { transform.apply($0).inset(by: .pt(-reach)) }
        case .glyphs(let run):
            return glyphBox(run, transform)
        case .image(let image):
            return transform.apply(image.rect)
        }
    }

    /// The page-space box a run's glyphs can paint, or nil for a run without glyphs.
    private func glyphBox(_ run: GlyphRun, _ transform: Transform) -> Rect? {
        guard let first = run.glyphs.first else { return nil }
        var minX = first.x.points, maxX = minX, minY = first.y.points, maxY = minY
        for glyph in run.glyphs {
            minX = min(minX, glyph.x.points); maxX = max(maxX, glyph.x.points)
            minY = min(minY, glyph.y.points); maxY = max(maxY, glyph.y.points)
        }
        // The layout's ink box (from the font's glyph extents) bounds the run, a tenth of an em wider for safety;
        // a run without one gets a box two ems round its glyph origins.
        let em = run.size.points
        let ink = run.pageInkBounds
        let measured = ink.width.points > 0 && ink.height.points > 0
        let margin = measured ? em * 0.1 : em * 2
        let origins = Rect(x: .pt(run.origin.x.points + minX), y: .pt(run.origin.y.points + minY), width: .pt(maxX - minX), height: .pt(maxY - minY))
        return transform.apply((measured ? ink.union(origins) : origins).inset(by: .pt(-margin)))
    }

    /// How far a stroke's ink can reach past its path: half the width, times the miter limit, in page units.
    private func strokeReach(_ stroke: Stroke?, _ t: Transform) -> Double {
        guard let stroke else { return 0 }
        let scale = max(abs(t.a) + abs(t.c), abs(t.b) + abs(t.d))
        return stroke.width.points * 5 * scale
    }

    private mutating func place(_ kind: DrawBatch.Kind, key: Key?, linear: Transform, bounds: Rect?, pad: Double, path: Path? = nil, run: GlyphRun? = nil) {
        var box: Box?
        var below = unbounded
        if let bounds {
            let p = pad + Self.padding
            let b = Box(minX: bounds.minX.points - p, minY: bounds.minY.points - p, maxX: bounds.maxX.points + p, maxY: bounds.maxY.points + p, batch: -1)
            box = b
            forEachCell(b) { key in
                for other in cells[key] ?? [] where other.batch > below
                    && other.minX < b.maxX && b.minX < other.maxX && other.minY < b.maxY && b.minY < other.maxY {
                    below = other.batch
                }
            }
        }
        let index: Int
        if box != nil, let key, let target = last[key], target > below {
            index = target
            if let path { batches[index].paths.append(path) }
            if let run { batches[index].runs.append(run) }
        } else {
            index = batches.count
            batches.append(DrawBatch(kind: kind, linear: linear, paths: path.map { [$0] } ?? [], runs: run.map { [$0] } ?? []))
            if let key { last[key] = index }
        }
        guard var b = box else {
            unbounded = index
            // Nothing may join a batch painted before an item of unknown extent.
            last.removeAll()
            return
        }
        b.batch = index
        forEachCell(b) { cells[$0, default: []].append(b) }
    }

    private func forEachCell(_ b: Box, _ body: (Int) -> Void) {
        func index(_ v: Double) -> Int { Int((min(max(v, -1e6), 1e6) / Self.cell).rounded(.down)) }
        for row in index(b.minY)...index(b.maxY) {
            for column in index(b.minX)...index(b.maxX) { body(row &* 100_003 &+ column) }
        }
    }

    /// Whether a run's clusters start at 0 and never step back, the form a forward cluster map needs.
    static func clustersRunForward(_ run: GlyphRun) -> Bool {
        let byteCount = run.text.utf8.count
        guard byteCount > 0, run.glyphs.first?.cluster == 0 else { return false }
        var previous = 0
        for glyph in run.glyphs {
            guard glyph.cluster >= previous, glyph.cluster <= byteCount else { return false }
            previous = glyph.cluster
        }
        return true
    }
}

/// The space a batch is drawn in: the page seen through a transform's linear part, so items under
/// different translations share it and differ only by an offset added to their coordinates.
private struct BatchSpace {
    let linear: Transform
    let dx: Double, dy: Double

    init?(_ t: Transform) {
        let det = t.a * t.d - t.b * t.c
        guard det != 0, det.isFinite else { return nil }
        linear = Transform(a: t.a, b: t.b, c: t.c, d: t.d, tx: .zero, ty: .zero)
        // The translation carried back through the inverse of the linear part (exact when that part is the identity).
        dx = (t.d * t.tx.points - t.c * t.ty.points) / det
        dy = (t.a * t.ty.points - t.b * t.tx.points) / det
    }

    func point(_ p: Point) -> Point { Point(x: .pt(p.x.points + dx), y: .pt(p.y.points + dy)) }

    func path(_ path: Path) -> Path {
        Path(path.elements.map { element in
            switch element {
            case .move(let p): .move(point(p))
            case .line(let p): .line(point(p))
            case .curve(let a, let b, let c): .curve(point(a), point(b), point(c))
            case .close: .close
            }
        })
    }
}
