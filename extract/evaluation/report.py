"""Print scores as a table followed by the misses and false hits."""

from __future__ import annotations

from .scorer import Scores


def format_table(scores: Scores) -> str:
    lines = [f"{'field':<22}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}  coverage"]
    for name, s in scores.fields.items():
        lines.append(
            f"{name:<22}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}  {s.docs_found}/{s.docs_with_gold}"
        )
    if scores.attributes:
        lines.append("")
        lines.append(f"{'linked value (on matches)':<30}{'accuracy':>10}{'n':>6}")
        for name, acc in scores.attributes.items():
            lines.append(f"{name:<30}{acc.value:>10.3f}{acc.total:>6}")
    return "\n".join(lines)


def format_report(scores: Scores, show_errors: int = 20) -> str:
    out = [f"{scores.documents} gold documents", format_table(scores)]
    if scores.missing_predictions:
        out.append(f"\nno prediction for {len(scores.missing_predictions)} documents: {', '.join(scores.missing_predictions[:10])}")
    if show_errors:
        for name, s in scores.fields.items():
            if "." in name:
                continue
            for label, errors in (("miss", s.misses), ("false hit", s.false_hits)):
                shown = errors if show_errors < 0 else errors[:show_errors]
                for e in shown:
                    out.append(f"  {name} {label}: {e}")
                if len(errors) > len(shown):
                    out.append(f"  {name} {label}: ... {len(errors) - len(shown)} more")
    return "\n".join(out)
