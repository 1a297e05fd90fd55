/**
 * The store: an embedded, on-disk Lucene index that grows with each crawl. It keeps every document read (and every
 * new capture of a known URL as a version), the whole store's analysis (articles, relations, stories, narratives,
 * outlets, as the JSON report writes them, one Lucene document each, so that a reader pages through them without
 * loading the corpus), the sentence vectors already computed (so that a re-analysis embeds only new sentences), the
 * articles already extracted (re-read only when their lines' corpus counts change as the extractor reads them), and a
 * paragraph index for "where else does this text appear?". Every add re-analyses the whole store, so that adding a
 * corpus in parts gives what analysing it at once gives. No HTTP or CLI types: the CLI and the server call it.
 */
package org.echotrace.store;
