import YAMLSupport
/// Cross-checks a catalog draft (counts, positions, group membership, colours, footnotes, duplicate ids)
/// and builds the `Catalog` when nothing is wrong; every problem goes to the shared reader.
struct CatalogValidator {
    let reader: YAMLReader
    let palette: Palette
    /// The first character of a text that no installed font can print, if any; nil skips the check.
    var unprintable: ((String) throws -> Unicode.Scalar?)? = nil

    /// Reports a text that would fail only at render time, where no line is known any more.
    private func checkPrintable(_ text: Located<String>?, context: ProblemScope, field: String) {
        guard let unprintable, let text else { return }
        let found: Unicode.Scalar?
        do { found = try unprintable(text.value) } catch {
            reader.report("cannot check that the text prints: \(error)", line: text.line, context: context, field: field)
            return
        }
        guard let scalar = found else { return }
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        reader.report("no installed font has the character \(code)", line: text.line, context: context, field: field,
                      value: .text(text.value))
    }

    /// The validated catalog, or nil when the draft or any earlier read had a problem.
    func validate(_ draft: CatalogDraft) -> Catalog? {
        var palette = self.palette
        for override in draft.overrides {
            if let changed = palette.overriding(override.name.value, rgb: override.rgb) {
                palette = changed
            } else {
                reader.report("not a solid colour of the palette, so there is no RGB to override",
                              line: override.name.line, context: .file, field: "colors.name",
                              value: .text(override.name.value))
            }
        }

        var seenIDs: [String: Int] = [:]
        for series in draft.series {
            guard let id = series.id else { continue }
            if let first = seenIDs[id.value] {
                reader.report("duplicate series id, first used on line \(first)", line: id.line, context: .file,
                              field: "series.id", value: .text(id.value))
            } else {
                seenIDs[id.value] = id.line
            }
        }

        let series = draft.series.compactMap { validate($0, palette: palette) }
        guard reader.problems.isEmpty, let info = draft.info, let publisher = draft.publisher else { return nil }
        return Catalog(info: info, publisher: publisher, series: series, palette: palette)
    }

    private func validate(_ draft: CatalogDraft.SeriesDraft, palette: Palette) -> Series? {
        let scope = ProblemScope(series: draft.id?.value)
        let before = reader.problems.count

        if draft.leads.isEmpty {
            // A series without leads has nothing to tag and would print a blank card.
            reader.report("a series needs at least one lead", line: draft.leadCount?.line ?? draft.line, context: scope, field: "leads")
        }
        if draft.leads.count > Catalog.maxLeadsPerSeries {
            reader.report("lists \(draft.leads.count) leads; the limit is \(Catalog.maxLeadsPerSeries) per series",
                          line: draft.line, context: scope, field: "leads")
        }
        if let declared = draft.leadCount, declared.value != draft.leads.count {
            reader.report("declares \(declared.value) leads but lists \(draft.leads.count)", line: declared.line,
                          context: scope, field: "leadCount", value: .number(declared.value))
        }

        var footnoteLines: [String: Int] = [:]
        for note in draft.footnotes {
            if let first = footnoteLines[note.value.mark] {
                reader.report("duplicate footnote mark, first used on line \(first)", line: note.line, context: scope,
                              field: "footnotes.mark", value: .text(note.value.mark))
            } else {
                footnoteLines[note.value.mark] = note.line
            }
        }

        checkPrintable(draft.name, context: scope, field: "name")
        checkPrintable(draft.description, context: scope, field: "description")
        for note in draft.footnotes {
            checkPrintable(Located(value: note.value.text, line: note.line), context: scope, field: "footnotes.text")
        }

        var groupLines: [String: Int] = [:]
        for group in draft.groups {
            guard let id = group.id else { continue }
            let groupScope = ProblemScope(series: scope.series, group: id.value)
            checkPrintable(group.name, context: groupScope, field: "name")
            if let first = groupLines[id.value] {
                reader.report("duplicate group id, first used on line \(first)", line: id.line, context: groupScope,
                              field: "id", value: .text(id.value))
            } else {
                groupLines[id.value] = id.line
            }
            if let mark = group.footnote, footnoteLines[mark.value] == nil {
                reader.report("no footnote of this series has this mark", line: mark.line, context: groupScope,
                              field: "footnote", value: .text(mark.value))
            }
        }

        let count = draft.leads.count
        var positionLines: [Int: Int] = [:]
        var leads: [Lead] = []
        var members: [String: [Int]] = [:]
        for lead in draft.leads {
            let leadScope = ProblemScope(series: scope.series, lead: lead.position?.value)
            if let position = lead.position {
                if !(1...max(count, 1)).contains(position.value) {
                    reader.report("positions must run from 1 to \(count), the number of leads listed",
                                  line: position.line, context: leadScope, field: "position", value: .number(position.value))
                } else if let first = positionLines[position.value] {
                    reader.report("duplicate position, first used on line \(first)", line: position.line,
                                  context: leadScope, field: "position", value: .number(position.value))
                } else {
                    positionLines[position.value] = position.line
                }
            }
            checkPrintable(lead.label, context: leadScope, field: "label")
            checkPrintable(lead.definition, context: leadScope, field: "definition")
            var color: WireColor?
            if let name = lead.color {
                color = palette.resolve(name.value)
                if color == nil {
                    reader.report("unknown colour", line: name.line, context: leadScope, field: "color", value: .text(name.value))
                }
            }
            if let group = lead.group {
                if groupLines[group.value] == nil {
                    reader.report("no group of this series has this id", line: group.line, context: leadScope,
                                  field: "group", value: .text(group.value))
                } else if let position = lead.position {
                    members[group.value, default: []].append(position.value)
                }
            }
            if let position = lead.position, let colorName = lead.color, let color, let label = lead.label,
               let definition = lead.definition, let group = lead.group {
                leads.append(Lead(position: position.value, colorName: colorName.value, color: color,
                                  label: label.value, definition: definition.value, groupID: group.value))
            }
        }

        var groups: [LeadGroup] = []
        for group in draft.groups {
            guard let id = group.id else { continue }
            if members[id.value] == nil {
                // Only worth saying when the leads themselves read cleanly; otherwise it is an echo of their problem.
                if draft.leads.allSatisfy({ $0.group != nil && $0.position != nil }) {
                    reader.report("no lead names this group", line: id.line,
                                  context: ProblemScope(series: scope.series, group: id.value), field: "id",
                                  value: .text(id.value))
                }
                continue
            }
            if let name = group.name, let kind = group.kind {
                groups.append(LeadGroup(id: id.value, name: name.value, kind: kind, footnoteMark: group.footnote?.value,
                                        positions: (members[id.value] ?? []).sorted()))
            }
        }

        guard reader.problems.count == before, let id = draft.id, let name = draft.name,
              let description = draft.description else { return nil }
        return Series(id: id.value, name: name.value, description: description.value,
                      documentationURL: draft.documentationURL, leads: leads, groups: groups,
                      footnotes: draft.footnotes.map(\.value))
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
