import Foundation
import Geometry
import Layout

/// What `leadprint presets` prints about gLabels' template database.
enum GLabelsText {
    /// One line on what was read (or how to get it), then, when asked for, every problem.
    static func summary(_ source: GLabelsSource, listedAll: Bool, withProblems: Bool) {
        let db = source.database
        let looked = source.folders.map(\.path).joined(separator: ", ")
        if db.templates.isEmpty {
            print("gLabels templates: none found (looked in \(looked)). Install them with `apt-get install glabels-data` (Debian, Ubuntu) "
                  + "or pass --templates DIR to print on every stock sheet gLabels knows.")
        } else {
            print("gLabels templates: \(db.templates.count) read from \(db.files.count) files in \(db.folders.map(\.path).joined(separator: ", ")) "
                  + "in \(String(format: "%.0f", source.secondsToLoad * 1000)) ms: \(db.presets.count) presets, \(db.unsupported.count) unsupported, "
                  + "\(db.problems.count) problems, \(db.warnings.count) values read as gLabels reads them"
                  + (withProblems || db.problems.count + db.warnings.count == 0 ? "" : " (list them with --check)")
                  + (listedAll ? "" : ". Find one with --search TEXT, list all with --all."))
        }
        if withProblems { problems(db) }
    }

    /// Every file or template that could not be read, and every value read by gLabels' rules, one line each.
    static func problems(_ db: GLabelsDatabase) {
        for problem in db.problems { print("skipped: \(problem)") }
        for warning in db.warnings { print("read as gLabels reads it: \(warning)") }
    }

    /// The label-origin differences between two presets, in millimetres.
    static func printComparison(_ c: PresetComparison) {
        func mm(_ l: Length) -> String { String(format: "%+.3f", l.millimetres) }
        func at(_ p: Point) -> String { String(format: "(%.3f, %.3f)", p.x.millimetres, p.y.millimetres) }
        print("comparing \(c.first.name) (\(c.first.source)) with \(c.second.name) (\(c.second.source)); differences are the second less the first, in mm")
        print("media: \(mm(c.mediaDifference.width)) x \(mm(c.mediaDifference.height))  label: \(mm(c.labelDifference.width)) x \(mm(c.labelDifference.height))")
        if c.first.labelsPerPage != c.second.labelsPerPage {
            print("labels per page: \(c.first.labelsPerPage) against \(c.second.labelsPerPage); the first \(c.labels.count) are compared")
        }
        print("label  \(c.first.name) x, y (mm)".padding(toLength: 40, withPad: " ", startingAt: 0) + "\(c.second.name) x, y (mm)".padding(toLength: 34, withPad: " ", startingAt: 0) + "dx       dy")
        for l in c.labels {
            let d = l.difference
            print(String(format: "%5d  ", l.number) + at(l.first).padding(toLength: 33, withPad: " ", startingAt: 0)
                        + at(l.second).padding(toLength: 34, withPad: " ", startingAt: 0) + "\(mm(d.x))   \(mm(d.y))")
        }
        if let worst = c.largest {
            print("largest: label \(worst.number), \(mm(worst.difference.x)) mm across, \(mm(worst.difference.y)) mm down")
        }
    }
}
