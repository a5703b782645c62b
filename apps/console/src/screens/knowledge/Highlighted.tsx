import { useQuery } from '@tanstack/react-query';
import { intake, unwrap } from '../../api/client';
import { piecesOf, type Mark } from './knowledge';

/** Text with the search's matched words marked (<mark>, read as highlighted by screen readers too). */
export function Highlighted({ text, marks }: { text: string; marks: readonly Mark[] }) {
  return (
    <>
      {piecesOf(text, marks).map((piece, index) =>
        piece.marked ? (
          <mark key={index} className="knowledge-mark" style={{ background: '#fde68a', color: 'inherit', padding: 0 }}>
            {piece.text}
          </mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </>
  );
}

/** The special lines (专线) as select options, every status, newest first. */
export function useSpecialLineOptions(): { value: string; label: string }[] {
  const lines = useQuery({
    queryKey: ['special-lines', 'all'],
    queryFn: () => unwrap(intake.GET('/v1/special-lines', {})),
    staleTime: 60_000,
  });
  return (lines.data?.lines ?? []).map((line) => ({ value: line.code, label: line.name }));
}
