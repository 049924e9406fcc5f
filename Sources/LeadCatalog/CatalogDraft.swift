import Foundation
import Geometry
import YAMLSupport

/// A catalog as read from YAML, before cross-checks: every field may be missing (its problem is
/// already recorded) and keeps its line so that the validator can point at it.
struct CatalogDraft {
    struct ColorOverride {
        var name: Located<String>
        var rgb: RGBColor
    }

    struct LeadDraft {
        var line: Int
        var position: Located<Int>?
        var color: Located<String>?
        var label: Located<String>?
        var definition: Located<String>?
        var group: Located<String>?
    }

    struct GroupDraft {
        var line: Int
        var id: Located<String>?
        var name: Located<String>?
        var kind: GroupKind?
        var footnote: Located<String>?
    }

    struct SeriesDraft {
        var line: Int
        var id: Located<String>?
        var name: Located<String>?
        var description: Located<String>?
        var documentationURL: URL?
        var leadCount: Located<Int>?
        var leads: [LeadDraft] = []
        var groups: [GroupDraft] = []
        var footnotes: [Located<Footnote>] = []
    }

    var info: CatalogInfo?
    var publisher: Publisher?
    var overrides: [ColorOverride] = []
    var series: [SeriesDraft] = []
}
