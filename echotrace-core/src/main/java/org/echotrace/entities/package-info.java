/**
 * Stage: named entities. People, places and organisations named across the corpus, with naming variants merged
 * (Sergey/Sergei Lavrov, Zelensky/Zelenskiy, Kiev/Kyiv) and the variant each outlet uses. Input: clean articles;
 * output: {@link org.echotrace.model.Entity} records. Thread-safe, no state between runs.
 */
package org.echotrace.entities;
