package cn.tianshan.common.web;

import java.util.Optional;

/**
 * Server-rendered content for a public address, put inside the SPA's {@code <div id="app">} so a client
 * that runs no JavaScript (the national inspection's crawlers) gets the complete page; in a browser the
 * SPA then takes over.
 */
public interface ShellContent {

    record Page(int status, String title, String description, String html) {
    }

    /** Empty when the address is not a public page this renderer knows. Called on a worker thread. */
    Optional<Page> render(String path, String query);
}
