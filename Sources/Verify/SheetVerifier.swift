import Barcodes
import Foundation

/// Compares one scanned sheet with the sheet the job printed: registers the scan by its codes, then goes label by label.
public struct SheetVerifier: Sendable {
    /// The decoder for the job's symbology.
    public let decoder: SymbolDecoder
    /// The smallest module the job asked for, in millimetres.
    public let minimumModuleMM: Double
    /// A code more than this far (in points) from its place on its label is out of place.
    public var placementTolerance = 1.5 * 72 / 25.4

    /// Creates a verifier.
    public init(decoder: SymbolDecoder, minimumModuleMM: Double) { self.decoder = decoder; self.minimumModuleMM = minimumModuleMM }

    /// What was decoded on a sheet and how it lies in the scan, before comparing.
    public struct Reading: Sendable {
        public var found: [FoundSymbol]
        /// The page-to-scan transform, in points to pixels.
        public var transform: Similarity
        /// The label positions the first tag moved by, when the sheet was started at another label (0 when not).
        public var startShift: Int
        var registeredOn: Int, residual: Double
    }

    /// Verifies a scan of `sheet` at `dpi`, named `file` in the report.
    public func verify(_ scan: GrayImage, dpi: Double, sheet: ExpectedSheet, file: String) throws -> (report: SheetReport, reading: Reading) {
        let found = try decoder.decode(scan, expected: decoder.symbology == "datamatrix" ? sheet.labels.count : nil, symbolSize: sheet.largestSymbol * dpi / 72)
        let reading = register(found, sheet: sheet, dpi: dpi)
        return (compare(reading, scan: scan, dpi: dpi, sheet: sheet, file: file), reading)
    }

    /// Registers decoded codes against the sheet, trying the job's start and every other start on the sheet.
    func register(_ found: [FoundSymbol], sheet: ExpectedSheet, dpi: Double) -> Reading {
        let prior = Similarity(scale: dpi / 72)
        var best: (shift: Int, r: Registration)?
        let tags = sheet.labels.indices.filter { sheet.labels[$0].tag != nil }
        let first = tags.first ?? 0
        // A start only the job's own (0) or, when that fits fewer than half the codes, any start that keeps the first tag on the sheet.
        var shifts = [0]
        if let r = Registration.find(labels: sheet.labels, found: found, prior: prior, pageSize: sheet.pageSize) { best = (0, r) }
        if (best?.r.inliers.count ?? 0) * 2 < found.count, sheet.labels.count > 1 {
            shifts = Array((-first)..<(sheet.labels.count - first)).filter { $0 != 0 }
            for shift in shifts {
                let moved = Self.shifted(sheet, by: shift)
                if let r = Registration.find(labels: moved.labels, found: found, prior: prior, pageSize: sheet.pageSize),
                   r.inliers.count > (best?.r.inliers.count ?? 0) {
                    best = (shift, r)
                }
            }
        }
        guard let best else { return Reading(found: found, transform: prior, startShift: 0, registeredOn: 0, residual: 0) }
        return Reading(found: found, transform: best.r.transform, startShift: best.shift, registeredOn: best.r.inliers.count, residual: best.r.residual)
    }

    /// The sheet as it would be printed starting `shift` labels later: every tag moved along the fill order, codes with it.
    static func shifted(_ sheet: ExpectedSheet, by shift: Int) -> ExpectedSheet {
        var moved = sheet
        for i in moved.labels.indices { moved.labels[i].tag = nil }
        for (i, label) in sheet.labels.enumerated() {
            guard var tag = label.tag, sheet.labels.indices.contains(i + shift) else { continue }
            let target = sheet.labels[i + shift]
            let d = target.origin - label.origin
            if let s = tag.symbol {
                tag.symbol = ExpectedSymbol(center: s.center + d, corners: s.corners.map { $0 + d }, width: s.width, height: s.height)
            }
            moved.labels[i + shift].tag = tag
        }
        return moved
    }

    /// Compares the registered codes with the sheet, label by label.
    func compare(_ reading: Reading, scan: GrayImage, dpi: Double, sheet: ExpectedSheet, file: String) -> SheetReport {
        let t = reading.transform, back = t.inverse
        let sheetNumber = sheet.page + 1
        // Compare against what the scan shows was printed: with a wrong start, the sheet moved along; the start itself is one finding.
        let target = reading.startShift == 0 ? sheet : Self.shifted(sheet, by: reading.startShift)
        var findings: [Finding] = []
        if reading.startShift != 0, let first = sheet.labels.firstIndex(where: { $0.tag != nil }) {
            let l = sheet.labels[first]
            findings.append(Finding(kind: .wrongStart, sheet: sheetNumber, label: first + reading.startShift + 1, row: l.row + 1, column: l.column + 1,
                                    expectedTag: l.tag?.name, expected: l.tag?.payload, found: l.tag?.payload, camera: l.tag?.cameraID, lead: l.tag?.lead,
                                    otherLabel: first + 1,
                                    detail: "the sheet was started at label \(first + reading.startShift + 1); the job starts at label \(first + 1): every tag is \(abs(reading.startShift)) label\(abs(reading.startShift) == 1 ? "" : "s") \(reading.startShift > 0 ? "later" : "earlier")"))
        }
        // Each decoded code on the label it landed on.
        var onLabel: [Int: [Int]] = [:]
        var stray: [Int] = []
        for (i, symbol) in reading.found.enumerated() {
            let p = back.apply(symbol.center)
            if let l = target.labels.firstIndex(where: { $0.contains(p) }) { onLabel[l, default: []].append(i) } else { stray.append(i) }
        }
        func payloads(at l: Int) -> [String] { (onLabel[l] ?? []).map { reading.found[$0].payload } }
        func finding(_ kind: Finding.Kind, _ l: Int, found: String?, other: Int? = nil, _ detail: String) -> Finding {
            let label = target.labels[l], tag = label.tag
            return Finding(kind: kind, sheet: sheetNumber, label: l + 1, row: label.row + 1, column: label.column + 1, expectedTag: tag?.name,
                           expected: tag?.payload, found: found, camera: tag?.cameraID, lead: tag?.lead, otherLabel: other.map { $0 + 1 }, detail: detail)
        }
        var meanShift = Vec2(0, 0), shifts = 0
        for (l, label) in target.labels.enumerated() {
            let here = payloads(at: l)
            guard let tag = label.tag else {
                for p in here {
                    let home = target.labels.firstIndex { $0.tag?.payload == p }
                    findings.append(finding(.unexpected, l, found: p, other: home,
                                            "a code '\(p)' on a label the job leaves empty" + (home.map { " (its tag belongs on label \($0 + 1))" } ?? "")))
                }
                continue
            }
            if let k = here.firstIndex(of: tag.payload) {
                let symbol = reading.found[onLabel[l]![k]]
                if let expected = tag.symbol {
                    let d = back.apply(symbol.center) - expected.center
                    meanShift = meanShift + d; shifts += 1
                    if d.length > placementTolerance {
                        findings.append(finding(.outOfPlace, l, found: tag.payload,
                                                String(format: "%@ is %.1f mm off its place on the label (%+.1f mm right, %+.1f mm down)",
                                                       tag.name, d.length * 25.4 / 72, d.x * 25.4 / 72, d.y * 25.4 / 72)))
                    }
                }
                for p in here where p != tag.payload { findings.append(finding(.unexpected, l, found: p, "a second code '\(p)' beside \(tag.name)")) }
                continue
            }
            guard let p = here.first else {
                findings.append(inkFinding(l, tag: tag, scan: scan, transform: t, make: finding))
                continue
            }
            // Another tag's code: whose, and where is that tag's own label?
            let homes = target.labels.indices.filter { target.labels[$0].tag?.payload == p && $0 != l }
            if let other = homes.first(where: { payloads(at: $0).contains(tag.payload) }) {
                findings.append(finding(.swapped, l, found: p, other: other, "swapped with label \(other + 1): \(tag.name) is there, and its tag is here"))
            } else if let other = homes.first(where: { payloads(at: $0).contains(p) }) {
                findings.append(finding(.duplicated, l, found: p, other: other, "a second copy of label \(other + 1)'s tag ('\(p)'); \(tag.name) is not printed"))
            } else if let other = homes.first {
                findings.append(finding(.outOfPlace, l, found: p, other: other, "the tag of label \(other + 1) ('\(p)') is printed here instead of \(tag.name)"))
            } else {
                findings.append(finding(.unexpected, l, found: p, "a code '\(p)' the sheet does not print, instead of \(tag.name)"))
            }
        }
        // Quality of every code read, against the job's module.
        var symbols: [SymbolQuality] = []
        let symbology = Symbology(rawValue: decoder.symbology)
        for (i, symbol) in reading.found.enumerated() {
            let label = onLabel.first { $0.value.contains(i) }?.key
            // Encoding the payload read is the question "what would this symbol be": a payload the symbology cannot carry
            // (a misread) has no module count to grade against, and is reported by the comparison, not here.
            guard let symbology, let encoded = try? BarcodeEncoder.encode(symbol.payload, as: symbology) else { continue }
            let q = SymbolQuality.measure(symbol, in: scan, dpi: dpi, modules: encoded.widthModules, quiet: symbology.quietZoneModules,
                                          linear: symbology.isLinear, minimumModuleMM: minimumModuleMM, sheet: sheetNumber, label: label.map { $0 + 1 } ?? 0)
            symbols.append(q)
            if q.flagged, let label {
                var why: [String] = []
                if q.moduleTooSmall { why.append(String(format: "module %.3f mm under the minimum %.3f mm", q.moduleMM, minimumModuleMM)) }
                if q.lowContrast { why.append(String(format: "contrast %.0f%% under 40%%", q.contrast * 100)) }
                if q.quietZoneViolated { why.append(String(format: "%.0f%% ink in the quiet zone", q.quietZoneInk * 100)) }
                findings.append(finding(.symbolQuality, label, found: symbol.payload, why.joined(separator: "; ") + " (indicative)"))
            }
        }
        findings.sort { ($0.label, $0.kind == .wrongStart ? 0 : 1) < ($1.label, $1.kind == .wrongStart ? 0 : 1) }
        let mm = 25.4 / dpi
        let mean = shifts == 0 ? Vec2(0, 0) : meanShift * (25.4 / 72 / Double(shifts))
        return SheetReport(file: file, sheet: sheetNumber, pass: findings.isEmpty, tagsExpected: sheet.tagCount, codesRead: reading.found.count,
                           registeredOn: reading.registeredOn, residualMM: reading.residual * 25.4 / 72,
                           offsetXMM: t.tx * mm, offsetYMM: t.ty * mm, scale: t.scale * 72 / dpi, rotationDegrees: t.rotationDegrees,
                           meanShiftXMM: mean.x, meanShiftYMM: mean.y, findings: findings, symbols: symbols)
    }

    /// A label with no code read: unreadable when there is ink where the code should be, missing when it is blank.
    private func inkFinding(_ l: Int, tag: ExpectedTag, scan: GrayImage, transform: Similarity,
                            make: (Finding.Kind, Int, String?, Int?, String) -> Finding) -> Finding {
        guard let symbol = tag.symbol else { return make(.missing, l, nil, nil, "\(tag.name) not found") }
        let corners = symbol.corners.map(transform.apply)
        let xs = corners.map(\.x), ys = corners.map(\.y)
        let values = scan.values(inX: xs.min()!...xs.max()!, y: ys.min()!...ys.max()!)
        let ink = values.isEmpty ? 0 : Double(values.filter { $0 < 128 }.count) / Double(values.count)
        return ink > 0.05 ? make(.unreadable, l, nil, nil, String(format: "%@: print where its code should be (%.0f%% ink), and no code could be read", tag.name, ink * 100))
            : make(.missing, l, nil, nil, "\(tag.name) is missing: the label is blank where its code should be")
    }
}
