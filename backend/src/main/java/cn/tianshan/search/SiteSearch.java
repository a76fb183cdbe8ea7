package cn.tianshan.search;

import cn.tianshan.article.ArticleKind;
import cn.tianshan.search.SearchQuery.SearchSort;
import cn.tianshan.search.SearchViews.PlacedIn;
import cn.tianshan.search.SearchViews.SearchHit;
import cn.tianshan.search.SearchViews.SearchResults;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * 站内搜索 over published articles. The words are segmented by smartcn exactly as the index was, every word must
 * occur somewhere (title, subtitle, summary, body, 文号 or attachment names), a word in the title weighs more (the
 * index holds the title's words three times over) and the words together in the title rank first; a 文号 or 索引号 typed whole finds its document before anything else. Search
 * syntax is never interpreted: the words are analysed, not parsed.
 */
@ApplicationScoped
public class SiteSearch {

    private static final int COUNT_UP_TO = 1_000;
    private static final int SNIPPET_LENGTH = 90;

    private final SearchIndex index;

    SiteSearch(SearchIndex index) {
        this.index = index;
    }

    public SearchResults search(SearchQuery query) {
        QueryWords words = QueryWords.of(query.text(), index.analyzer());
        Query exact = exactNumbers(query.text());
        if (words.isEmpty() && exact == null) {
            return new SearchResults(query.text(), 0, true, query.page(), query.size(), 0, query.sort(), List.of());
        }
        Query matching = matching(words, exact);
        Query filtered = filtered(matching, query);
        int wanted = query.page() * query.size();
        return index.withSearcher(searcher -> {
            TopDocs top = query.sort() == SearchSort.DATE
                    ? searcher.search(filtered, new TopFieldCollectorManager(
                            new Sort(new SortField(SearchIndex.PUBLISHED, SortField.Type.LONG, true)), wanted, null, COUNT_UP_TO))
                    : searcher.search(filtered, new TopScoreDocCollectorManager(wanted, null, COUNT_UP_TO));
            Query highlighted = words.isEmpty() ? exact : marked(words);
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min((query.page() - 1) * query.size(), top.scoreDocs.length),
                    top.scoreDocs.length);
            Map<String, String[]> marked = marker(searcher).highlightFields(MARKED_FIELDS, highlighted,
                    new TopDocs(top.totalHits, page), new int[] {1, 2, 2, 2});
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                hits.add(hit(searcher, page[i].doc, marked, i));
            }
            long total = top.totalHits.value;
            boolean exactCount = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            int pages = (int) Math.min((total + query.size() - 1) / query.size(), SearchQuery.MAX_RESULTS / query.size());
            return new SearchResults(query.text(), total, exactCount, query.page(), query.size(), pages, query.sort(), hits);
        });
    }

    private static Query exactNumbers(String text) {
        String number = DocumentNumbers.normalise(text);
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        boolean any = false;
        if (DocumentNumbers.looksLikeOne(number)) {
            exact.add(new TermQuery(new Term(SearchIndex.DOCUMENT_NUMBER_EXACT, number)), Occur.SHOULD);
            any = true;
        }
        if (text.indexOf('/') > 0 && !text.contains(" ")) {
            exact.add(new TermQuery(new Term(SearchIndex.INDEX_NUMBER, text)), Occur.SHOULD);
            any = true;
        }
        return any ? exact.build() : null;
    }

    private Query matching(QueryWords words, Query exact) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (exact != null) {
            any.add(new BoostQuery(exact, 50f), Occur.SHOULD);
        }
        if (!words.isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            all.add(textQuery(words), Occur.MUST);
            List<String> pieces = words.pieces();
            if (pieces.size() > 1) {
                // The words together in the title rank first; a phrase over every body would cost more than it sorts.
                all.add(new BoostQuery(phrase(SearchIndex.TITLE, pieces), 6f), Occur.SHOULD);
            }
            any.add(all.build(), Occur.SHOULD);
        }
        return any.setMinimumNumberShouldMatch(1).build();
    }

    /**
     * Every word somewhere: a conjunction over the typed words; each word matches in any of the ways it may have been
     * segmented, each piece of a way in the one field that holds all the text (title, subtitle, summary, body, 文号,
     * attachment names).
     */
    private static Query textQuery(QueryWords words) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<List<String>> ways : words.readings()) {
            if (ways.size() == 1) {
                ways.get(0).forEach(piece -> all.add(anywhere(piece), Occur.MUST));
                continue;
            }
            BooleanQuery.Builder anyWay = new BooleanQuery.Builder();
            for (List<String> way : ways) {
                BooleanQuery.Builder every = new BooleanQuery.Builder();
                way.forEach(piece -> every.add(anywhere(piece), Occur.MUST));
                anyWay.add(every.build(), Occur.SHOULD);
            }
            all.add(anyWay.setMinimumNumberShouldMatch(1).build(), Occur.MUST);
        }
        return all.build();
    }

    private static Query anywhere(String piece) {
        return new TermQuery(new Term(SearchIndex.ALL_TEXT, piece));
    }

    /** What is marked: every piece of every reading, in each field whose text is shown. */
    private static Query marked(QueryWords words) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String piece : words.everyPiece()) {
            for (String field : MARKED_FIELDS) {
                any.add(new TermQuery(new Term(field, piece)), Occur.SHOULD);
            }
        }
        return any.build();
    }

    private static Query phrase(String field, List<String> words) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(1);
        words.forEach(w -> phrase.add(new Term(field, w)));
        return phrase.build();
    }

    private static Query filtered(Query matching, SearchQuery query) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(matching, Occur.MUST);
        if (query.site() != null) {
            b.add(new TermQuery(new Term(SearchIndex.SITE, query.site())), Occur.FILTER);
        }
        if (query.column() != null) {
            b.add(new TermQuery(new Term(SearchIndex.COLUMN, query.column().toString())), Occur.FILTER);
        }
        if (query.unit() != null) {
            b.add(new TermQuery(new Term(SearchIndex.UNIT, query.unit())), Occur.FILTER);
        }
        if (query.kind() != null) {
            b.add(new TermQuery(new Term(SearchIndex.KIND, query.kind().name())), Occur.FILTER);
        }
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            long to = query.to() == null ? Long.MAX_VALUE : query.to().plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - 1;
            b.add(LongPoint.newRangeQuery(SearchIndex.PUBLISHED, from, to), Occur.FILTER);
        }
        return b.build();
    }

    private SearchHit hit(IndexSearcher searcher, int docId, Map<String, String[]> marked, int at) throws IOException {
        Document doc = searcher.storedFields().document(docId);
        long id = Long.parseLong(doc.get(SearchIndex.ID));
        String title = doc.get(SearchIndex.TITLE);
        String[] placed = doc.get(SearchIndex.PLACEMENT).split("\\|", 3);
        ArticleKind kind = ArticleKind.valueOf(doc.get(SearchIndex.KIND));
        LocalDateTime published = LocalDateTime.ofEpochSecond(
                doc.getField(SearchIndex.PUBLISHED).numericValue().longValue(), 0, ZoneOffset.UTC);
        String titleHtml = marked.get(SearchIndex.TITLE)[at];
        return new SearchHit(id, title, titleHtml != null ? titleHtml : ENCODER.encodeText(title), snippet(doc, marked, at),
                "/items/" + id, published, doc.get(SearchIndex.UNIT_NAME), kind.label(),
                new PlacedIn(Long.parseLong(placed[0]), placed[2], placed[1]), doc.get(SearchIndex.DOCUMENT_NUMBER),
                doc.get(SearchIndex.INDEX_NUMBER));
    }

    /** The best passages of the summary, else the body, else the attachment names; else the text's beginning. */
    private static String snippet(Document doc, Map<String, String[]> marked, int at) {
        for (String field : List.of(SearchIndex.SUMMARY, SearchIndex.BODY, SearchIndex.ATTACHMENTS)) {
            String passages = marked.get(field)[at];
            if (passages != null) {
                return passages;
            }
        }
        String lead = doc.get(SearchIndex.SUMMARY) != null ? doc.get(SearchIndex.SUMMARY) : doc.get(SearchIndex.BODY);
        return ENCODER.encodeText(lead.length() > SNIPPET_LENGTH ? lead.substring(0, SNIPPET_LENGTH) + "…" : lead);
    }

    private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();
    private static final String[] MARKED_FIELDS = {SearchIndex.TITLE, SearchIndex.SUMMARY, SearchIndex.BODY, SearchIndex.ATTACHMENTS};

    /**
     * Marks the matches from the offsets the index keeps (no text is segmented again): the whole title, and up to two
     * passages of about {@value #SNIPPET_LENGTH} characters of the other fields, HTML-escaped around the marks.
     */
    private UnifiedHighlighter marker(IndexSearcher searcher) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withMaxNoHighlightPassages(0);
        return new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return field.equals(SearchIndex.TITLE) ? new WholeBreakIterator()
                        : LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_LENGTH, 0.5f);
            }
        };
    }
}
