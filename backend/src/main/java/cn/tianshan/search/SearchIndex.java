package cn.tianshan.search;

import cn.tianshan.article.SearchableArticles.Placement;
import cn.tianshan.article.SearchableArticles.SearchableArticle;
import cn.tianshan.common.error.ProblemException;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This node's Lucene index of published articles. Each node keeps its own copy on local disk and follows the
 * public change log (see {@link SearchIndexer}); the last change applied is stored with each commit, so a
 * restarted node catches up from where it stopped and a new node builds its copy from the database.
 */
@ApplicationScoped
public class SearchIndex {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String DOCUMENT_NUMBER = "docnum";
    static final String DOCUMENT_NUMBER_EXACT = "docnum_exact";
    static final String INDEX_NUMBER = "indexno";
    static final String ATTACHMENTS = "attachments";
    /** Every text field again, for matching only: one postings list per word instead of six. */
    static final String ALL_TEXT = "all_text";
    static final String SITE = "site";
    static final String COLUMN = "column";
    static final String PLACEMENT = "placement";
    static final String UNIT = "unit";
    static final String UNIT_NAME = "unit_name";
    static final String KIND = "kind";
    static final String PUBLISHED = "published";
    static final String GENERATION = "generation";
    private static final String CURSOR = "cursor";
    private static final String DATABASE = "database";
    /**
     * How documents are indexed. An index written another way is dropped on opening and rebuilt from the database:
     * Lucene refuses a field whose index options differ between documents.
     */
    private static final String FORMAT = "format";
    private static final String CURRENT_FORMAT = "offsets-all-text-title-4";
    /** Text whose matches are marked in results: its postings keep offsets, so marking never segments the text again. */
    private static final FieldType MARKED_TEXT = textType(TextField.TYPE_STORED, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    /** Matched and scored, never marked or shown: frequencies without positions keep it small. */
    private static final FieldType MATCHED_TEXT = textType(TextField.TYPE_NOT_STORED, IndexOptions.DOCS_AND_FREQS);

    private static FieldType textType(FieldType base, IndexOptions options) {
        FieldType type = new FieldType(base);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    private final Path directory;
    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    /**
     * Searches only compute, so as many run at once as Elasticsearch's search pool would allow (1.5 × cores + 1) and
     * the rest wait their turn in order. Letting a whole burst compute at once starves the JIT compiler and the event
     * loop: on 2 cores, 16 searches at once from a cold start ran at a quarter of the speed they reach after warming.
     */
    private final int turns = Runtime.getRuntime().availableProcessors() * 3 / 2 + 1;
    private final Semaphore running = new Semaphore(turns, true);
    private static final int TURN_PATIENCE_SECONDS = 5;

    SearchIndex(@ConfigProperty(name = "tianshan.search.directory") Path directory) {
        this.directory = directory;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    synchronized void open() {
        if (writer != null) {
            return;
        }
        try {
            Files.createDirectories(directory);
            FSDirectory files = FSDirectory.open(directory);
            boolean otherFormat = DirectoryReader.indexExists(files)
                    && !CURRENT_FORMAT.equals(SegmentInfos.readLatestCommit(files).getUserData().get(FORMAT));
            if (otherFormat) {
                LOG.infof("The search index at %s was written in an earlier format: it is rebuilt from the database", directory);
            }
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(32).setOpenMode(otherFormat
                    ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(files, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("search index at " + directory + " cannot be opened", e);
        }
    }

    boolean isOpen() {
        return writer != null;
    }

    /** Where this index left off following {@code database}'s change log; empty if it was built from no other. */
    OptionalLong appliedCursor(String database) {
        Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData());
        String cursor = data.get(CURSOR);
        return cursor == null || !database.equals(data.get(DATABASE)) ? OptionalLong.empty()
                : OptionalLong.of(Long.parseLong(cursor));
    }

    void put(SearchableArticle article, String generation) {
        try {
            writer.updateDocument(new Term(ID, Long.toString(article.id())), document(article, generation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(long articleId) {
        try {
            writer.deleteDocuments(new Term(ID, Long.toString(articleId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops what a rebuild of {@code generation} did not write again: articles no longer public. */
    void removeOtherGenerations(String generation) {
        try {
            writer.deleteDocuments(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(new TermQuery(new Term(GENERATION, generation)), Occur.MUST_NOT).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable with the cursor they reach in {@code database}'s log, and visible to searches. */
    void commit(String database, long cursor) {
        try {
            writer.setLiveCommitData(Map.of(CURSOR, Long.toString(cursor), DATABASE, database, FORMAT, CURRENT_FORMAT).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes visible to searches without the cost of a commit (used while a rebuild runs). */
    void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int documents() {
        return writer == null ? 0 : writer.getDocStats().numDocs;
    }

    /** Runs {@code work} when one of the {@link #running} turns is free, waiting for one a few seconds at most. */
    <T> T withSearcher(SearcherWork<T> work) {
        try {
            if (!running.tryAcquire(TURN_PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            running.release();
        }
    }

    /** How many searches may run at once on this node. */
    int turns() {
        return turns;
    }

    private static ProblemException busy() {
        return ProblemException.busy("search-busy", "搜索繁忙", "此刻搜索的人太多，请稍后再试", TURN_PATIENCE_SECONDS);
    }

    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    void close(@Observes ShutdownEvent event) {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document document(SearchableArticle a, String generation) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(a.id()), Field.Store.YES));
        doc.add(new StringField(GENERATION, generation, Field.Store.NO));
        doc.add(new Field(TITLE, a.title(), MARKED_TEXT));
        add(doc, SUMMARY, a.summary(), MARKED_TEXT);
        doc.add(new Field(BODY, a.bodyText(), MARKED_TEXT));
        if (a.documentNumber() != null && !a.documentNumber().isBlank()) {
            doc.add(new StoredField(DOCUMENT_NUMBER, a.documentNumber()));
            doc.add(new StringField(DOCUMENT_NUMBER_EXACT, DocumentNumbers.normalise(a.documentNumber()), Field.Store.NO));
        }
        if (a.indexNumber() != null) {
            doc.add(new StringField(INDEX_NUMBER, a.indexNumber(), Field.Store.YES));
        }
        add(doc, ATTACHMENTS, String.join("\n", a.attachmentNames()), MARKED_TEXT);
        for (Placement p : a.placements()) {
            doc.add(new StringField(SITE, p.siteCode(), Field.Store.NO));
            doc.add(new StoredField(PLACEMENT, p.columnId() + "|" + p.siteCode() + "|" + p.columnName()));
            p.ancestorIds().forEach(id -> doc.add(new StringField(COLUMN, Long.toString(id), Field.Store.NO)));
            doc.add(new StringField(COLUMN, Long.toString(p.columnId()), Field.Store.NO));
        }
        // The title is in all_text three times: a word in the title counts as more frequent, so it weighs more without a
        // second scoring pass over the title field for every matching document.
        for (String text : new String[] {a.title(), a.title(), a.title(), a.subtitle(), a.summary(), a.bodyText(),
                a.documentNumber(), String.join("\n", a.attachmentNames())}) {
            add(doc, ALL_TEXT, text, MATCHED_TEXT);
        }
        doc.add(new StringField(UNIT, a.unitCode(), Field.Store.YES));
        doc.add(new StoredField(UNIT_NAME, a.unitName()));
        doc.add(new StringField(KIND, a.kind().name(), Field.Store.YES));
        // Shanghai local time counted as if it were UTC: only ever compared with values encoded the same way.
        long published = a.publishedAt().toEpochSecond(ZoneOffset.UTC);
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        doc.add(new StoredField(PUBLISHED, published));
        return doc;
    }

    private static void add(Document doc, String field, String value, FieldType type) {
        if (value != null && !value.isBlank()) {
            doc.add(new Field(field, value, type));
        }
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        java.util.HashMap<String, String> map = new java.util.HashMap<>();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
