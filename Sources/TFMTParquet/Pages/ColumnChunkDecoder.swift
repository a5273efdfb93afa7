import TFMTCore

/// Reads one column chunk: walks its pages, decompresses them, and decodes levels and values.
struct ColumnChunkDecoder {
    let leaf: ParquetLeafDescriptor
    let limits: ParquetLimits

    /// Reads and decodes the chunk; `dataEnd` is where the footer starts, past which no page may lie.
    func read(
        _ chunk: ParquetColumnChunk,
        source: ParquetByteSource,
        dataEnd: Int
    ) throws(ParquetFailure) -> ParquetLeafColumn {
        do {
            return try readChunk(chunk, source: source, dataEnd: dataEnd)
        } catch {
            throw error.inColumn(leaf.path)
        }
    }

    /// The byte range of the chunk: from its dictionary page, if any, for its total compressed size.
    static func byteRange(of meta: ParquetColumnMetaData, dataEnd: Int) throws(ParquetFailure) -> Range<Int> {
        var start = meta.dataPageOffset
        if let dictionary = meta.dictionaryPageOffset, dictionary > 0, dictionary < start {
            start = dictionary
        }
        let (end, overflow) = start.addingReportingOverflow(meta.totalCompressedSize)
        guard start >= 4, meta.totalCompressedSize >= 0, !overflow, end <= Int64(dataEnd) else {
            throw ParquetFailure(
                .parquetPageCorrupt,
                "column chunk of \(meta.totalCompressedSize) bytes at offset \(start) lies outside the data "
                    + "section (4..<\(dataEnd))",
                offset: Int(clamping: start)
            )
        }
        return Int(start)..<Int(end)
    }

    private func readChunk(
        _ chunk: ParquetColumnChunk,
        source: ParquetByteSource,
        dataEnd: Int
    ) throws(ParquetFailure) -> ParquetLeafColumn {
        guard chunk.filePath == nil else {
            throw ParquetFailure(
                .parquetUnsupported,
                "the column chunk lives in another file, which is not supported",
                offset: Int(clamping: chunk.fileOffset)
            )
        }
        guard let meta = chunk.metaData else {
            throw ParquetFailure(
                .parquetPageCorrupt,
                "the column chunk has no metadata (encrypted columns are not supported)",
                offset: Int(clamping: chunk.fileOffset)
            )
        }
        guard meta.type == leaf.physicalType else {
            throw ParquetFailure(
                .parquetSchemaInvalid,
                "the column chunk stores \(meta.type?.name ?? "an unknown type") but the schema says "
                    + leaf.physicalType.name,
                offset: Int(clamping: chunk.fileOffset)
            )
        }
        guard meta.numValues >= 0, meta.numValues <= Int64(limits.maxValuesPerColumnChunk) else {
            throw ParquetFailure(
                .parquetLimitExceeded,
                "the column chunk declares \(meta.numValues) values, more than the limit "
                    + "\(limits.maxValuesPerColumnChunk)",
                offset: Int(clamping: chunk.fileOffset),
                details: ["limit": .int(Int64(limits.maxValuesPerColumnChunk))]
            )
        }
        let range = try Self.byteRange(of: meta, dataEnd: dataEnd)
        let bytes = try source.read(offset: range.lowerBound, count: range.count)
        return try decodePages(bytes, baseOffset: range.lowerBound, codec: meta.codec, expected: Int(meta.numValues))
    }

    /// Decodes the pages in `bytes` (a whole column chunk starting at file offset `baseOffset`) until `expected`
    /// entries have been read.
    func decodePages(
        _ bytes: [UInt8],
        baseOffset: Int,
        codec: ParquetCompressionCodec,
        expected: Int
    ) throws(ParquetFailure) -> ParquetLeafColumn {
        var column = ParquetLeafColumn()
        var dictionary: [ParquetValue]?
        var position = 0
        while column.count < expected {
            guard position < bytes.count else {
                throw ParquetFailure(
                    .parquetPageCorrupt,
                    "the column chunk ends after \(column.count) of its \(expected) values",
                    offset: baseOffset + position
                )
            }
            let headerOffset = baseOffset + position
            var thrift = ThriftCompactReader(
                ByteReader(bytes, baseOffset: baseOffset, range: position..<bytes.count),
                maxDepth: limits.maxThriftDepth
            )
            let header = try ParquetPageHeader.decode(&thrift)
            let bodyStart = thrift.bytes.position
            let compressed = Int(header.compressedPageSize)
            let uncompressed = Int(header.uncompressedPageSize)
            guard compressed >= 0, uncompressed >= 0, compressed <= bytes.count - bodyStart else {
                throw ParquetFailure(
                    .parquetPageCorrupt,
                    "page of \(compressed) bytes runs past the column chunk (\(bytes.count - bodyStart) bytes left)",
                    offset: headerOffset
                )
            }
            guard compressed <= limits.maxPageSize, uncompressed <= limits.maxPageSize else {
                throw ParquetFailure(
                    .parquetLimitExceeded,
                    "page of \(max(compressed, uncompressed)) bytes exceeds the limit \(limits.maxPageSize)",
                    offset: headerOffset,
                    details: ["limit": .int(Int64(limits.maxPageSize))]
                )
            }
            let body = bodyStart..<(bodyStart + compressed)
            position = body.upperBound
            let page = PageContext(
                bytes: bytes,
                body: body,
                baseOffset: baseOffset,
                codec: codec,
                uncompressedSize: uncompressed,
                headerOffset: headerOffset
            )
            switch header.type {
            case .dictionaryPage:
                guard let info = header.dictionaryPage else {
                    throw ParquetFailure(.parquetPageCorrupt, "dictionary page lacks its header", offset: headerOffset)
                }
                dictionary = try decodeDictionary(info, page: page)
            case .dataPage:
                guard let info = header.dataPage else {
                    throw ParquetFailure(.parquetPageCorrupt, "data page lacks its header", offset: headerOffset)
                }
                try decodeDataPageV1(info, page: page, dictionary: dictionary, into: &column, expected: expected)
            case .dataPageV2:
                guard let info = header.dataPageV2 else {
                    throw ParquetFailure(.parquetPageCorrupt, "data page v2 lacks its header", offset: headerOffset)
                }
                try decodeDataPageV2(info, page: page, dictionary: dictionary, into: &column, expected: expected)
            case .indexPage, nil:
                continue
            }
        }
        return column
    }

    // MARK: Pages

    struct PageContext {
        let bytes: [UInt8]
        let body: Range<Int>
        let baseOffset: Int
        let codec: ParquetCompressionCodec
        let uncompressedSize: Int
        let headerOffset: Int

        var bodyOffset: Int { baseOffset + body.lowerBound }
    }

    private func decodeDictionary(
        _ info: ParquetPageHeader.DictionaryPage,
        page: PageContext
    ) throws(ParquetFailure) -> [ParquetValue] {
        guard info.encoding == .plain || info.encoding == .plainDictionary else {
            throw ParquetFailure(
                .parquetUnsupported,
                "dictionary page encoding \(info.encoding) is not supported",
                offset: page.headerOffset
            )
        }
        guard info.numValues >= 0 else {
            throw ParquetFailure(
                .parquetPageCorrupt,
                "dictionary page declares \(info.numValues) values",
                offset: page.headerOffset
            )
        }
        // Zero-length fixed values take no bytes, so only this limit bounds what a dictionary page can ask for.
        guard Int(info.numValues) <= limits.maxValuesPerColumnChunk else {
            throw ParquetFailure(
                .parquetLimitExceeded,
                "dictionary page declares \(info.numValues) values, more than the limit "
                    + "\(limits.maxValuesPerColumnChunk)",
                offset: page.headerOffset,
                details: ["limit": .int(Int64(limits.maxValuesPerColumnChunk))]
            )
        }
        var reader = try PageDecompressor.decompress(
            page.bytes,
            range: page.body,
            codec: page.codec,
            uncompressedSize: page.uncompressedSize,
            limit: limits.maxPageSize,
            fileOffset: page.bodyOffset
        )
        return try PlainDecoder.decode(&reader, count: Int(info.numValues), leaf: leaf)
    }

    private func checkedCount(
        _ numValues: Int32,
        column: ParquetLeafColumn,
        expected: Int,
        page: PageContext
    )
        throws(ParquetFailure) -> Int
    {
        guard numValues >= 0, Int(numValues) <= expected - column.count else {
            throw ParquetFailure(
                .parquetPageCorrupt,
                "data page declares \(numValues) values but the column chunk has \(expected - column.count) left",
                offset: page.headerOffset
            )
        }
        return Int(numValues)
    }

    private func decodeDataPageV1(
        _ info: ParquetPageHeader.DataPage,
        page: PageContext,
        dictionary: [ParquetValue]?,
        into column: inout ParquetLeafColumn,
        expected: Int
    ) throws(ParquetFailure) {
        let count = try checkedCount(info.numValues, column: column, expected: expected, page: page)
        var reader = try PageDecompressor.decompress(
            page.bytes,
            range: page.body,
            codec: page.codec,
            uncompressedSize: page.uncompressedSize,
            limit: limits.maxPageSize,
            fileOffset: page.bodyOffset
        )
        let repetition = try readV1Levels(
            &reader,
            encoding: info.repetitionLevelEncoding,
            count: count,
            maxLevel: leaf.maxRepetitionLevel,
            what: "repetition levels"
        )
        let definition = try readV1Levels(
            &reader,
            encoding: info.definitionLevelEncoding,
            count: count,
            maxLevel: leaf.maxDefinitionLevel,
            what: "definition levels"
        )
        try appendPage(
            count: count,
            repetition: repetition,
            definition: definition,
            values: &reader,
            encoding: info.encoding,
            dictionary: dictionary,
            into: &column
        )
    }

    private func decodeDataPageV2(
        _ info: ParquetPageHeader.DataPageV2,
        page: PageContext,
        dictionary: [ParquetValue]?,
        into column: inout ParquetLeafColumn,
        expected: Int
    ) throws(ParquetFailure) {
        let count = try checkedCount(info.numValues, column: column, expected: expected, page: page)
        let repLength = Int(info.repetitionLevelsByteLength)
        let defLength = Int(info.definitionLevelsByteLength)
        guard repLength >= 0, defLength >= 0, repLength + defLength <= page.body.count,
            repLength + defLength <= page.uncompressedSize
        else {
            throw ParquetFailure(
                .parquetPageCorrupt,
                "data page v2 level lengths (\(repLength) + \(defLength)) exceed the page's \(page.body.count) bytes",
                offset: page.headerOffset
            )
        }
        // Levels in v2 pages are never compressed and carry no length prefix.
        let repRange = page.body.lowerBound..<(page.body.lowerBound + repLength)
        let defRange = repRange.upperBound..<(repRange.upperBound + defLength)
        let repetition = try readHybridLevels(
            ByteReader(page.bytes, baseOffset: page.baseOffset, range: repRange),
            count: count,
            maxLevel: leaf.maxRepetitionLevel,
            what: "repetition levels"
        )
        let definition = try readHybridLevels(
            ByteReader(page.bytes, baseOffset: page.baseOffset, range: defRange),
            count: count,
            maxLevel: leaf.maxDefinitionLevel,
            what: "definition levels"
        )
        let valuesRange = defRange.upperBound..<page.body.upperBound
        var reader = try PageDecompressor.decompress(
            page.bytes,
            range: valuesRange,
            codec: info.isCompressed ? page.codec : .uncompressed,
            uncompressedSize: page.uncompressedSize - repLength - defLength,
            limit: limits.maxPageSize,
            fileOffset: page.baseOffset + valuesRange.lowerBound
        )
        try appendPage(
            count: count,
            repetition: repetition,
            definition: definition,
            values: &reader,
            encoding: info.encoding,
            dictionary: dictionary,
            into: &column
        )
    }

    // MARK: Levels

    private func readV1Levels(
        _ reader: inout ByteReader,
        encoding: ParquetEncoding,
        count: Int,
        maxLevel: Int,
        what: String
    ) throws(ParquetFailure) -> [UInt8] {
        guard maxLevel > 0 else { return [] }
        guard encoding == .rle else {
            throw ParquetFailure(
                .parquetUnsupported,
                "\(what) encoding \(encoding) is not supported",
                offset: reader.fileOffset
            )
        }
        let lengthOffset = reader.fileOffset
        let length = try reader.readUInt32LE("\(what) length")
        guard length <= UInt32(reader.remaining) else {
            throw ParquetFailure(
                .parquetPageCorrupt,
                "\(what) of \(length) bytes run past the \(reader.remaining) bytes left in the page",
                offset: lengthOffset
            )
        }
        let start = reader.position
        try reader.skip(Int(length))
        return try readHybridLevels(
            ByteReader(reader.bytes, baseOffset: reader.baseOffset, range: start..<reader.position),
            count: count,
            maxLevel: maxLevel,
            what: what
        )
    }

    private func readHybridLevels(
        _ reader: ByteReader,
        count: Int,
        maxLevel: Int,
        what: String
    ) throws(ParquetFailure) -> [UInt8] {
        guard maxLevel > 0 else { return [] }
        var decoder = try RLEBitPackedHybridDecoder(reader, bitWidth: BitUnpacker.bitWidth(for: maxLevel))
        return try decoder.decode(count: count, maxValue: UInt32(maxLevel), as: UInt8.self, what: what)
    }

    // MARK: Values

    private func appendPage(
        count: Int,
        repetition: [UInt8],
        definition: [UInt8],
        values reader: inout ByteReader,
        encoding: ParquetEncoding,
        dictionary: [ParquetValue]?,
        into column: inout ParquetLeafColumn
    ) throws(ParquetFailure) {
        if leaf.maxRepetitionLevel > 0 {
            // A page starts a new record, so its first entry repeats nothing.
            if let first = repetition.first, first != 0, column.count == 0 {
                throw ParquetFailure(
                    .parquetLevelsInconsistent,
                    "the column's first repetition level is \(first), not 0",
                    offset: reader.fileOffset
                )
            }
        }
        let maxDef = UInt8(leaf.maxDefinitionLevel)
        var present = count
        if leaf.maxDefinitionLevel > 0 {
            present = definition.withUnsafeBufferPointer { levels in
                LevelScan.count(of: maxDef, in: levels, range: 0..<levels.count)
            }
        }
        let values = try decodeValues(&reader, count: present, encoding: encoding, dictionary: dictionary)
        column.repetitionLevels.append(contentsOf: repetition)
        column.definitionLevels.append(contentsOf: definition)
        column.values.append(contentsOf: values)
        column.count += count
    }

    private func decodeValues(
        _ reader: inout ByteReader,
        count: Int,
        encoding: ParquetEncoding,
        dictionary: [ParquetValue]?
    ) throws(ParquetFailure) -> [ParquetValue] {
        let start = reader.fileOffset
        switch encoding {
        case .plain:
            return try PlainDecoder.decode(&reader, count: count, leaf: leaf)
        case .plainDictionary, .rleDictionary:
            guard let dictionary else {
                throw ParquetFailure(
                    .parquetPageCorrupt,
                    "a dictionary-encoded page has no dictionary page before it",
                    offset: start
                )
            }
            guard count > 0 else { return [] }
            let width = Int(try reader.readByte("dictionary index bit width"))
            var decoder = try RLEBitPackedHybridDecoder(reader, bitWidth: width)
            guard !dictionary.isEmpty else {
                throw ParquetFailure(
                    .parquetEncodingCorrupt,
                    "a page indexes into an empty dictionary",
                    offset: start
                )
            }
            let indices = try decoder.decode(
                count: count,
                maxValue: UInt32(clamping: dictionary.count - 1),
                as: UInt32.self,
                what: "dictionary indices"
            )
            reader = decoder.reader
            return indices.map { dictionary[Int($0)] }
        case .rle:
            guard leaf.physicalType == .boolean else { break }
            let length = try reader.readUInt32LE("RLE Boolean length")
            guard length <= UInt32(reader.remaining) else {
                throw ParquetFailure(
                    .parquetEncodingCorrupt,
                    "RLE Booleans of \(length) bytes run past the \(reader.remaining) bytes left",
                    offset: start
                )
            }
            let body = reader.position..<(reader.position + Int(length))
            try reader.skip(Int(length))
            var decoder = try RLEBitPackedHybridDecoder(
                ByteReader(reader.bytes, baseOffset: reader.baseOffset, range: body),
                bitWidth: 1
            )
            return try decoder.decode(count: count, maxValue: 1, as: UInt8.self, what: "RLE Booleans").map {
                .bool($0 == 1)
            }
        case .deltaBinaryPacked:
            switch leaf.physicalType {
            case .int32:
                return try DeltaBinaryPackedDecoder.decode(&reader, count: count, what: "DELTA_BINARY_PACKED").map {
                    leaf.makeInt32(UInt32(truncatingIfNeeded: $0))
                }
            case .int64:
                return try DeltaBinaryPackedDecoder.decode(&reader, count: count, what: "DELTA_BINARY_PACKED").map {
                    .int64($0)
                }
            default: break
            }
        case .deltaLengthByteArray:
            guard leaf.physicalType == .byteArray else { break }
            return try DeltaByteArrayDecoder.decodeLengthPrefixed(&reader, count: count, leaf: leaf)
        case .deltaByteArray:
            guard leaf.physicalType == .byteArray || leaf.physicalType == .fixedLenByteArray else { break }
            return try DeltaByteArrayDecoder.decodeIncremental(
                &reader,
                count: count,
                leaf: leaf,
                maxOutputBytes: limits.maxPageSize
            )
        case .byteStreamSplit:
            return try ByteStreamSplitDecoder.decode(&reader, count: count, leaf: leaf)
        default:
            break
        }
        throw ParquetFailure(
            .parquetUnsupported,
            "value encoding \(encoding) is not supported for \(leaf.physicalType.name) columns",
            offset: start,
            details: ["encoding": .string(encoding.description)]
        )
    }
}
