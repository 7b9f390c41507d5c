#!/usr/bin/env bash
# Memory of a silo that has served every language: starts `entitygraph serve` on a fresh store (the sample corpus is
# ingested on start), sends one text per language with language detection, then again with the language given, each at
# BEST and FAST accuracy, so every routed model and the fallback are loaded; then prints the process's RSS (VmRSS,
# VmHWM) from /proc. Usage: scripts/measure-memory.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/silo.sh
start_silo "${1:-5099}"
rss() { grep -E '^(VmRSS|VmHWM)' "/proc/$PID/status" | tr -s ' ' | tr '\n' ' '; }
echo "after start and sample ingestion: $(rss)"
texts=(
  "en|Maria Keller of Nordwind Energy met officials from the European Commission in Brussels on Monday."
  "de|Angela Merkel traf am Montag in Berlin Vertreter der Deutschen Bahn und der Siemens AG."
  "fr|Emmanuel Macron a rencontré les dirigeants de Renault à Paris mardi dernier."
  "es|El presidente de Telefónica viajó a Madrid para reunirse con el Banco de España."
  "pt|O presidente da Petrobras visitou Lisboa para uma reunião com o Banco de Portugal."
  "nl|Mark Rutte sprak in Den Haag met de directie van Philips over nieuwe banen."
  "pl|Prezes firmy Orlen spotkał się w Warszawie z przedstawicielami Komisji Europejskiej."
  "ru|Владимир Путин провёл встречу с руководством Газпрома в Москве."
  "zh|阿里巴巴集团创始人马云昨天在杭州会见了微软公司的代表。"
  "ja|トヨタ自動車の社長は東京で日本銀行の総裁と会談した。"
  "ar|التقى رئيس شركة أرامكو بوزير الطاقة في الرياض يوم الاثنين."
  "hi|नरेंद्र मोदी ने नई दिल्ली में टाटा समूह के अध्यक्ष से मुलाकात की।"
  "da|Statsministeren mødtes med direktøren for Novo Nordisk i København i går."
  "sv|Statsministern träffade Volvos vd i Göteborg på måndagen."
  "hr|Predsjednik Vlade sastao se u Zagrebu s upravom tvrtke Podravka."
  "sr|Predsednik Srbije sastao se u Beogradu sa predstavnicima Evropske unije."
  "sk|Predseda vlády sa v Bratislave stretol so zástupcami spoločnosti Slovnaft."
  "ko|삼성전자 회장은 서울에서 현대자동차 대표와 만났다."
)
for entry in "${texts[@]}"; do
  lang=${entry%%|*}; text=${entry#*|}
  for accuracy in BEST FAST; do
    for given in "" "language: \\\"$lang\\\", "; do
      body="{\"query\": \"mutation { extract(text: \\\"$text\\\", ${given}accuracy: $accuracy) { parts { language modelId } } }\"}"
      curl -sf -X POST "$URL/graphql" -H 'content-type: application/json' -d "$body" | grep -o '"modelId":"[^"]*"' | sort -u | tr '\n' ' ' | sed "s/^/$lang $accuracy ${given:+given }: /"; echo
    done
  done
done
echo "after every language at BEST and FAST: $(rss)"
