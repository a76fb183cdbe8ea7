package cn.tianshan.publicweb;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An article's public pages are rendered when it is published and kept for every node: a node without them in memory
 * answers with one key lookup. A change deletes the kept pages that show what it touched in its own transaction, a
 * structural change makes all of them stale, and a render that a change overtook is not kept.
 */
@QuarkusTest
class PublicPageStoreTest {

    @Inject
    PublicPageStore store;

    @Inject
    PublicCache cache;

    @Inject
    EntityManager em;

    @Test
    void aPublishedArticlesJsonAndPageAreKeptAtPublicationAndServedFromThereWhenMemoryIsEmpty() throws InterruptedException {
        long article = Flows.publishedNews("发布即渲染测试 " + System.nanoTime());
        String json = "article:" + article;
        String page = "page:/items/" + article + "?";
        awaitKept(json, page);

        // Prove the answer comes from the kept row and not from a render: mark the row, empty memory and this node's
        // copy (a node that has none), read.
        byte[] marked = storedBody(json).replace("发布即渲染测试", "取自已存页面").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE public_page SET body = ?1, gzipped = NULL WHERE page_key = ?2")
                .setParameter(1, marked).setParameter(2, json).executeUpdate());
        store.forgetCopies(Set.of(json));
        cache.clear();
        given().get("/api/public/articles/" + article).then().statusCode(200).body("title", containsString("取自已存页面"));
        given().get("/items/" + article).then().statusCode(200).body(containsString("发布即渲染测试"));
    }

    @Test
    void aKeptPageReadOnAMemoryMissIsSentGzippedWithItsEtagAndKeptInMemory() throws InterruptedException {
        long article = Flows.publishedNews("未在内存读取测试 " + System.nanoTime());
        String json = "article:" + article;
        awaitKept(json);
        cache.clear();

        var first = given().header("Accept-Encoding", "gzip").get("/api/public/articles/" + article);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(first.jsonPath().getString("title")).contains("未在内存读取测试");
        assertThat(cache.renderedKeys()).contains(json);
        given().header("Accept-Encoding", "gzip").header("If-None-Match", first.header("ETag")).get("/api/public/articles/" + article)
                .then().statusCode(304);
        given().head("/api/public/articles/" + article).then().statusCode(200).header("Content-Length", org.hamcrest.Matchers.notNullValue());
        cache.clear();
        given().queryParam("from", "feed").get("/api/public/articles/" + article).then().statusCode(200)
                .body("title", containsString("未在内存读取测试"));
    }

    @Test
    void aKeptPageIsCopiedToThisNodeAndAnsweredFromTheCopyWithoutTheDatabase() throws InterruptedException {
        long article = publishedAndCopied("本节点副本测试 ");
        String json = "article:" + article;

        // Without its row the article's page can only come from this node's copy.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM public_page WHERE page_key = ?1")
                .setParameter(1, json).executeUpdate());
        cache.clear();
        var answer = given().get("/api/public/articles/" + article);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.jsonPath().getString("title")).contains("本节点副本测试");
        given().header("If-None-Match", answer.header("ETag")).get("/api/public/articles/" + article).then().statusCode(304);
    }

    @Test
    void anotherNodesChangeDeletesThisNodesCopyWithinASecond() throws InterruptedException {
        long article = publishedAndCopied("他节点变更删除副本测试 ");
        String json = "article:" + article;

        // What another node's correction commits: its change in the log, the kept pages showing the article deleted.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO public_change (change_type, article_id, occurred_at) VALUES ('UPDATED', ?1, NOW())")
                    .setParameter(1, article).executeUpdate();
            em.createNativeQuery("DELETE FROM public_page WHERE page_key = ?1").setParameter(1, json).executeUpdate();
        });
        long deadline = System.currentTimeMillis() + 1500;
        while (store.findCopy(json) != null && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(store.findCopy(json)).as("this node's copy, a second after another node's change").isNull();
        cache.clear();
        given().get("/api/public/articles/" + article).then().statusCode(200).body("title", containsString("他节点变更删除副本测试"));
        assertThat(kept(json)).as("rendered again on the read and kept").isTrue();
    }

    @Test
    void aWithdrawalDeletesTheKeptPagesInItsOwnTransaction() throws InterruptedException {
        long article = Flows.publishedNews("撤回删除已存页面测试 " + System.nanoTime());
        awaitKept("article:" + article, "page:/items/" + article + "?");

        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .body(Map.of("kind", "WITHDRAWN", "reason", "已存页面测试")).post("/api/articles/" + article + "/withdrawal")
                .then().statusCode(200);
        assertThat(kept("article:" + article)).isFalse();
        assertThat(kept("page:/items/" + article + "?")).isFalse();
        assertThat(store.findCopy("article:" + article)).as("this node's copy").isNull();
        assertThat(store.findCopy("page:/items/" + article + "?")).isNull();
        cache.clear();
        given().get("/api/public/articles/" + article).then().statusCode(410);
        Thread.sleep(300); // the withdrawn article's render at commit keeps nothing
        assertThat(kept("article:" + article)).isFalse();
    }

    @Test
    void publishingAnInterpretationRendersThePolicysKeptPageAgainWithItsLink() throws InterruptedException {
        long policy = Flows.publishedPolicy("已存页面解读测试办法 " + System.nanoTime());
        awaitKept("article:" + policy);
        long reading = Flows.create(DemoUsers.EDITOR_DEPARTMENT, interpretationOf(policy));
        Flows.submit(DemoUsers.EDITOR_DEPARTMENT, reading);
        Flows.passOwnUnitGovernmentChain(reading);

        long deadline = System.currentTimeMillis() + 5000;
        while (!storedBody("article:" + policy).contains("\"interpretations\":[{\"id\":" + reading)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(storedBody("article:" + policy)).contains("\"interpretations\":[{\"id\":" + reading);
        cache.clear();
        given().get("/api/public/articles/" + policy).then().statusCode(200).body("interpretations[0].id", equalTo((int) reading));
    }

    @Test
    void aStructuralChangeMakesEveryKeptPageStaleAtOnce() throws InterruptedException {
        long article = Flows.publishedNews("结构变化测试 " + System.nanoTime());
        awaitKept("article:" + article);
        assertThat(store.find("article:" + article)).isNotNull();

        QuarkusTransaction.requiringNew().run(() -> store.changed(null));
        store.structureChanged();
        assertThat(store.find("article:" + article)).as("kept under the old structure").isNull();
        cache.clear();
        given().get("/api/public/articles/" + article).then().statusCode(200);
        assertThat(store.find("article:" + article)).as("rendered again and kept on the first read").isNotNull();
    }

    @Test
    void aRenderThatAChangeOvertookIsNotKept() {
        String key = "article:" + Long.MAX_VALUE;
        PublicCache.Entry entry = PublicCache.entry("{\"title\":\"旧\"}", "application/json", 200).withTags(Set.of(key));
        boolean kept = QuarkusTransaction.requiringNew().call(() -> {
            long epoch = store.epoch();
            QuarkusTransaction.requiringNew().run(() -> store.changed(Set.of(key)));
            return store.keep(key, entry, epoch).isPresent();
        });
        assertThat(kept).isFalse();
        assertThat(kept(key)).isFalse();

        boolean keptUnchallenged = QuarkusTransaction.requiringNew().call(() -> store.keep(key, entry, store.epoch()).isPresent());
        assertThat(keptUnchallenged).isTrue();
        QuarkusTransaction.requiringNew().run(() -> store.changed(Set.of(key)));
        assertThat(kept(key)).as("a change deletes what shows what it touched").isFalse();
    }

    private static Map<String, Object> interpretationOf(long policy) {
        Map<String, Object> body = new java.util.HashMap<>(Flows.article("INTERPRETATION", "已存页面解读 " + System.nanoTime(),
                Flows.columnId("main", "zcjd")));
        body.put("interpretsArticleId", policy);
        return body;
    }

    private void awaitKept(String... keys) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (!List.of(keys).stream().allMatch(this::kept) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        for (String key : keys) {
            assertThat(kept(key)).as("%s kept at publication", key).isTrue();
        }
    }

    /** A news article published, kept and copied to this node (whose copies answer once it has read the change log as far as it was when it started). */
    private long publishedAndCopied(String title) throws InterruptedException {
        long article = Flows.publishedNews(title + System.nanoTime());
        String key = "article:" + article;
        awaitKept(key);
        long deadline = System.currentTimeMillis() + 5000;
        while (store.findCopy(key) == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(store.findCopy(key)).as("%s copied to this node", key).isNotNull();
        return article;
    }

    private boolean kept(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM public_page WHERE page_key = ?1").setParameter(1, key).getSingleResult()).longValue() == 1);
    }

    private String storedBody(String key) {
        PublicCache.Entry kept = store.find(key);
        return kept == null ? "" : new String(kept.body(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
