"""Precision, recall and F1 with optional gold items that neither count nor cost."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Counts:
    """Matched required gold, all required gold, predictions that matched anything, all predictions, neutral predictions."""

    tp_gold: int = 0
    gold: int = 0
    tp_pred: int = 0
    pred: int = 0
    neutral: int = 0

    def add(self, other: "Counts") -> None:
        self.tp_gold += other.tp_gold
        self.gold += other.gold
        self.tp_pred += other.tp_pred
        self.pred += other.pred
        self.neutral += other.neutral

    def figures(self) -> dict[str, float | int]:
        counted = self.pred - self.neutral
        precision = self.tp_pred / counted if counted else 0.0
        recall = self.tp_gold / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                "gold": self.gold, "predicted": counted, "matched": self.tp_gold}


def ratio(hits: int, total: int) -> dict[str, float | int]:
    return {"accuracy": round(hits / total, 4) if total else 0.0, "correct": hits, "total": total}
