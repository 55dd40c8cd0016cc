package fr.passerelle.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/** A few documents in memory, indexed like the real ones, to run real queries against. */
final class SmallIndex implements AutoCloseable {

  record Doc(String id, String title, String summary, String body) {}

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  SmallIndex(Analyzer analyzer, List<Doc> docs) {
    try {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (Doc doc : docs) {
          Document document = new Document();
          document.add(new StringField("id", doc.id(), Field.Store.YES));
          document.add(new TextField(SearchFields.TITLE, doc.title(), Field.Store.NO));
          document.add(new TextField(SearchFields.SUMMARY, doc.summary(), Field.Store.NO));
          document.add(new TextField(SearchFields.BODY, doc.body(), Field.Store.NO));
          writer.addDocument(document);
        }
      }
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ids of the matching documents, best first. */
  List<String> search(Query query) {
    try {
      List<String> ids = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
        ids.add(searcher.storedFields().document(hit.doc).get("id"));
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return reader.numDocs();
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }

  /** The synonym file of the repository, found from the module's directory where tests run. */
  static Path synonymFile() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path file = dir.resolve("content/search/synonyms.txt");
      if (Files.isRegularFile(file)) {
        return file;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("content/search/synonyms.txt not found above " + Path.of("").toAbsolutePath());
  }
}
