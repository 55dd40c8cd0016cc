package fr.passerelle.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins the prefix {@code e} written apart to the word it belongs to, as if it had its hyphen:
 * {@code e administration} becomes {@code e_administration}, which the word delimiter then indexes
 * as {@code e}, {@code administration} and {@code eadministration}. Authors write e-administration,
 * eadministration and e administration about the same thing, and without this only a dictionary could
 * cut the second form to find the third.
 *
 * <p>French has no word "e", so the only cost is a stray joined term after a vitamin E.
 */
final class DetachedPrefixFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

  private State pending;
  private boolean exhausted;

  DetachedPrefixFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      return true;
    }
    if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    if (!isPrefix()) {
      return true;
    }
    State prefix = captureState();
    int start = offset.startOffset();
    int prefixIncrement = increment.getPositionIncrement();
    char letter = term.charAt(0);
    if (!input.incrementToken()) {
      exhausted = true;
      restoreState(prefix);
      return true;
    }
    if (term.length() == 0 || !Character.isLetter(term.charAt(0)) || increment.getPositionIncrement() != 1) {
      pending = captureState();
      restoreState(prefix);
      return true;
    }
    String word = term.toString();
    term.setEmpty().append(letter).append('_').append(word);
    offset.setOffset(start, offset.endOffset());
    increment.setPositionIncrement(prefixIncrement);
    return true;
  }

  private boolean isPrefix() {
    return term.length() == 1 && (term.charAt(0) == 'e' || term.charAt(0) == 'E');
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    exhausted = false;
  }
}
