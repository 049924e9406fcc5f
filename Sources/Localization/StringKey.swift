/// Every fixed string the documents print; `en.yaml` holds exactly these keys, and every other table exactly English's.
public enum StringKey: String, CaseIterable, Sendable {
    // Shared.
    case seriesLeadCount = "series.lead-count"

    // Wire tags.
    case tagDetail = "tag.detail"
    case tagDetailFirstRow = "tag.detail.first-row"

    // Pinout card, front.
    case cardContinuedOnBack = "card.front.continued-on-back"
    case cardNotesOnBack = "card.front.notes-on-back"
    case cardCodesOnBack = "card.front.codes-on-back"
    // Pinout card, back.
    case cardBackTitle = "card.back.title"
    case cardBackContinued = "card.back.leads-continued"
    case cardLegendCodes = "card.back.legend.codes"
    case cardLegendAlias = "card.back.legend.alias"
    case cardLegendStriped = "card.back.legend.striped"
    case cardLegendOutlined = "card.back.legend.outlined"
    case cardLegendCue = "card.back.legend.cue"
    case cardPhone = "card.back.phone"
    case cardFax = "card.back.fax"
    case cardData = "card.back.data"
    case cardRevision = "card.back.revision"
    // Pinout card, back, with a brand: the installer's contact, the publisher as the data's source.
    case cardInstaller = "card.back.installer"
    case cardLeadData = "card.back.lead-data"

    // Comparison sheet, every page.
    case compareKicker = "compare.kicker"
    case compareKickerBranded = "compare.kicker.branded"
    case compareKickerBrandName = "compare.kicker.brand-name"
    case compareVersus = "compare.versus"
    case comparePhone = "compare.footer.phone"
    case comparePage = "compare.footer.page"
    case compareData = "compare.footer.data"
    case fieldCustomer = "compare.field.customer"
    case fieldQuoteNumber = "compare.field.quote-number"
    case fieldDate = "compare.field.date"
    case fieldPreparedBy = "compare.field.prepared-by"
    case fieldValidUntil = "compare.field.valid-until"
    // Comparison sheet, summary page.
    case compareInShort = "compare.summary.in-short"
    case compareDiffers = "compare.summary.differs"
    case compareNone = "compare.summary.none"
    case compareNoDifferences = "compare.summary.no-differences"
    case compareLegend = "compare.summary.legend"
    case compareLegendNone = "compare.summary.legend.none"
    case compareLegendNo = "compare.summary.legend.no"
    case compareLegendNoneAndNo = "compare.summary.legend.none-and-no"
    case compareLegendLeadTables = "compare.summary.legend.lead-tables"
    case compareLegendDifferencesOnly = "compare.summary.legend.differences-only"
    case compareTotalLabels = "compare.summary.total-labels"
    case compareYes = "compare.summary.yes"
    case compareNo = "compare.summary.no"
    case compareAboutQuote = "compare.summary.about-quote"
    case compareNotes = "compare.summary.notes"
    case compareNote = "compare.summary.note"
    case rowFlyingLeads = "compare.row.flying-leads"
    case rowAlarmInputs = "compare.row.alarm-inputs"
    case rowAlarmOutputs = "compare.row.alarm-outputs"
    case rowMicrophoneInputs = "compare.row.microphone-inputs"
    case rowAudioOutputs = "compare.row.audio-outputs"
    case rowGround = "compare.row.ground"
    case rowRS485 = "compare.row.rs485"
    // Comparison sheet, lead tables.
    case leadsHeading = "compare.leads.heading"
    case leadsHeadingContinued = "compare.leads.heading-continued"
    case leadsSubheading = "compare.leads.subheading"
    case headPosition = "compare.leads.head.position"
    case headWire = "compare.leads.head.wire"
    case headLabel = "compare.leads.head.label"
    case headDefinition = "compare.leads.head.definition"
    case headGroup = "compare.leads.head.group"

    // Dates printed for customers (quote dates, dates in quote rows): the order of the parts, and the months' names.
    case dateWritten = "date.written"
    case monthJanuary = "date.month.january"
    case monthFebruary = "date.month.february"
    case monthMarch = "date.month.march"
    case monthApril = "date.month.april"
    case monthMay = "date.month.may"
    case monthJune = "date.month.june"
    case monthJuly = "date.month.july"
    case monthAugust = "date.month.august"
    case monthSeptember = "date.month.september"
    case monthOctober = "date.month.october"
    case monthNovember = "date.month.november"
    case monthDecember = "date.month.december"

    // Swatch sheet.
    case swatchTitle = "swatches.title"
    case swatchSubtitle = "swatches.subtitle"
    case swatchSource = "swatches.source"
    case swatchSourcePalette = "swatches.source.palette"
    case swatchSourceOverrides = "swatches.source.overrides"
    case swatchFooter = "swatches.footer"
    case swatchName = "swatches.name"
    case swatchRGB = "swatches.rgb"
    case swatchRGBTracer = "swatches.rgb-tracer"
    case swatchTracer = "swatches.tracer"
    case swatchContrast = "swatches.contrast"
    case swatchOutlined = "swatches.outlined"

    // Calibration sheet.
    case calibrationCaption = "calibration.caption"
    case calibrationCentimetres = "calibration.centimetres"
    case calibrationInches = "calibration.inches"
}

extension StringKey {
    /// The months' names, January first.
    static let months: [StringKey] = [.monthJanuary, .monthFebruary, .monthMarch, .monthApril, .monthMay, .monthJune, .monthJuly, .monthAugust,
                                      .monthSeptember, .monthOctober, .monthNovember, .monthDecember]
}
