# EvalDesk — danh mục chữ tiếng Việt. Mọi thông điệp ở đây phải có trong ../en/evaldesk.ftl
# với cùng các { $tham_số }; nếu không, chương trình không biên dịch được. Số và ngày đến đây
# đã được định dạng sẵn (dấu chấm phân cách hàng nghìn, dấu phẩy thập phân).

## Ngôn ngữ (mỗi thứ tiếng ghi bằng chính thứ tiếng đó)
lang-vi = Tiếng Việt
lang-en = English

## Màn hình đầu
app-title = EvalDesk — Đánh giá, so sánh phần mềm
new-evaluation = Đánh giá mới…
new-evaluation-heading = Đánh giá mới
open = Mở tệp…
compare-results = So sánh kết quả…
recent-sessions = Mở gần đây
sessions-in = Phiên đánh giá trong thư mục { $folder }
no-sessions = Chưa có phiên đánh giá nào.
refresh = Làm mới
file = Tệp
evaluator = Người đánh giá
status = Trạng thái
scored = Đã chấm
last-change = Sửa lần cuối
check = Kiểm tra
valid = Hợp lệ
invalid = Lỗi: { $problem }
invalid-more = Lỗi: { $problem } (và { $more } lỗi khác)
status-draft = Bản nháp
status-submitted = Đã nộp, đã niêm phong
bundled-checklists = Danh sách tiêu chí có sẵn
checklist-size = { $groups } nhóm, { $criteria } tiêu chí
checklist-described = { $title } — { $size }
path-field = Đường dẫn
path-hint = Gõ hoặc dán đường dẫn tệp/thư mục: máy này không có hộp chọn tệp của hệ thống (thiếu dịch vụ xdg-desktop-portal).
path-hint-cancelled = Hộp chọn tệp đã đóng mà không chọn gì; có thể gõ hoặc dán đường dẫn vào đây.
open-path = Mở
dialog-filter = Tệp EvalDesk (*.json)

## Đánh giá mới
back = « Màn hình đầu
checklist = Danh sách tiêu chí
checklist-file = hoặc tệp danh sách tiêu chí (.checklist.json)
name = Họ và tên
product-name = Tên sản phẩm
organization = Cơ quan
role = Chức vụ
candidates = Sản phẩm được đánh giá
vendor = Nhà cung cấp
version = Phiên bản
field-in-row = { $field }, dòng { $row }
add-candidate = + Thêm sản phẩm
remove = Bỏ
folder = Lưu vào thư mục
create = Tạo phiên đánh giá
need-name = Cần nhập họ và tên người đánh giá.
need-candidate = Cần ít nhất một sản phẩm.
duplicate-candidate = Hai sản phẩm trùng tên.
need-checklist = Cần chọn danh sách tiêu chí.
cannot-create-folder = Không tạo được thư mục { $folder }: { $reason }

## Chấm điểm
groups = Nhóm tiêu chí
group-entry = { $id } { $title }
group-progress = đã chấm { $done }/{ $total } · trọng số { $weight }
id = Mã
criterion = Tiêu chí
weight = Trọng số
guidance = Hướng dẫn chấm
source = Căn cứ
notes = Ghi chú
note-for = Ghi chú — { $candidate }
na = N/A
filter = Lọc tiêu chí (Ctrl+F)
no-criterion-matches = Không có tiêu chí nào khớp “{ $filter }”. Bấm Esc để bỏ lọc.
next-unscored = Mục chưa chấm tiếp theo (Ctrl+G)
all-scored = Đã chấm đủ mọi tiêu chí cho mọi sản phẩm: có thể nộp (Ctrl+Enter).
undo = Hoàn tác (Ctrl+Z)
redo = Làm lại (Ctrl+Y)
submit = Nộp và niêm phong… (Ctrl+Enter)
submit-now = Nộp và niêm phong
copy-as-draft = Sao thành bản nháp mới
copied-as-draft = Đã tạo và mở bản nháp mới: { $file }. Phiên đã nộp vẫn giữ nguyên.
read-only = Chỉ xem
read-only-typing = Không có gì thay đổi: phiên này chỉ xem được. { $why }
take-over = Nhận quyền chấm
close = Đóng
cancel = Hủy
ok = Đồng ý
saved-at = Đã lưu lúc { $time }
not-saved = Chưa lưu được: { $reason }
saving = Đang chờ lưu…
locked-by-you = Bạn đang giữ quyền chấm phiên này
session-file = Tệp: { $file }
keys = Phím: mũi tên lên/xuống: tiêu chí · trái/phải: sản phẩm · số: chấm điểm · N: N/A · Enter: ghi chú · Ctrl+Z/Ctrl+Y: hoàn tác/làm lại · Ctrl+G: mục chưa chấm · Ctrl+Enter: nộp
progress = Đã chấm { $done }/{ $total } ({ $percent })
criterion-weight = Trọng số { $weight }
mandatory-threshold = bắt buộc (ngưỡng { $threshold })
mandatory-mark = * bắt buộc
scale = Thang điểm
scale-level = { $value } — { $label }
note-hint = Enter: giữ ghi chú · Shift+Enter: xuống dòng
note-needs-score = chấm điểm hoặc N/A trước
number-hint = gõ số rồi Enter
number-read-as = hiểu là { $value }
number-not-a-number = “{ $text }” không phải là số: gõ các chữ số, dùng { $mark } trước phần thập phân.
number-wrong-mark = “{ $text }” không đọc được thành số: dấu thập phân là “{ $mark }” (ví dụ { $example }).
number-negative = “{ $text }” nhỏ hơn 0: giá trị phải từ 0 trở lên.
not-on-scale = { $digit } không có trên thang điểm của tiêu chí này.
na-on-mandatory = { $criterion } là tiêu chí bắt buộc: N/A nghĩa là { $candidate } sẽ bị tính là không đạt ở tiêu chí này.
cell-value = { $cell }: { $value }
submit-title = Nộp phiên đánh giá
submit-missing = Còn thiếu các mục sau (bấm để đến mục đó):
submit-confirm = Sau khi nộp, phiên được niêm phong và không sửa được nữa. Nộp ngay?
submit-done = Đã nộp và niêm phong.
fingerprint = Dấu niêm phong — ghi lên bản giấy để ký:
seal-short = Dấu niêm phong: { $fingerprint }
sha256 = SHA-256: { $sha }

## Kết quả
results = Kết quả so sánh
rank = Hạng
candidate = Sản phẩm
total = Tổng điểm
qualified = Đạt yêu cầu
yes = có
no = không
no-upper = KHÔNG
not-qualified-because = không: { $reasons }
failed-criterion = { $criterion } ({ $value }, cần { $threshold })
failed-criterion-unscored = { $criterion } (chưa được chấm)
why-not = Không đạt tiêu chí bắt buộc
sessions-used = Các phiên đánh giá được tổng hợp
warnings = Cảnh báo
winner = Xếp thứ nhất: { $name } — { $total }
mean = Trung bình
median = Trung vị
sensitivity = Độ nhạy theo trọng số nhóm
files-left-out = { $count } tệp không được tính (xem lý do bên dưới); kết quả dùng { $used } phiên còn lại.
no-sessions-here = Không tìm thấy phiên đánh giá nào ở đây.
no-value = —

## Khôi phục
recovery-title = Khôi phục phần chưa lưu
recovery-explain = Lần trước EvalDesk đóng khi chưa kịp lưu. Đây là các điểm khác với tệp đã lưu:
recovery-older = Chú ý: tệp đã lưu mới hơn bản sao này (có thể đã được lưu từ nơi khác).
recovery-who = { $evaluator } — bản chưa lưu lúc { $time }
recovery-change = { $cell }: tệp đã lưu ghi { $disk }, bản chưa lưu ghi { $unsaved }
recovery-empty = chưa chấm
restore = Khôi phục bản chưa lưu
keep-file = Giữ tệp đã lưu, bỏ bản sao
later = Để sau
error-title = Có vấn đề

## Tệp và thư mục
io-not-found = không có tệp hoặc thư mục này
io-permission = không có quyền truy cập
io-is-folder = đây là một thư mục, không phải tệp
io-not-a-file = đây không phải tệp thông thường
io-too-large = tệp quá lớn ({ $size }), không phải tệp của EvalDesk
io-disk-full = ổ đĩa đã đầy
io-read-only = ổ đĩa hoặc thư mục chỉ cho phép đọc
io-file-read-only = tệp được đặt chế độ chỉ đọc nên EvalDesk không ghi đè (bỏ chế độ chỉ đọc trong thuộc tính của tệp để lưu vào đây)
io-other = { $detail }
verbatim = { $text }
verbatim-number = { $value }
value-with-note = { $value } (ghi chú: “{ $note }”)

## Kiểm tra tệp: ở đâu
place-text = dòng { $line }, cột { $column }
located = { $place }: { $problem }
in-file = { $file }: { $problem }

## Kiểm tra tệp: sai gì
p-unreadable = không đọc được tệp: { $reason }
p-empty = tệp trống, không có nội dung
p-not-utf8 = tệp không phải văn bản UTF-8 (có phải tệp JSON của EvalDesk không?)
p-truncated = tệp kết thúc giữa chừng, có thể bị cắt cụt khi sao chép hoặc gửi
p-too-deep = dữ liệu lồng nhau quá sâu, đây không phải tệp của EvalDesk
p-number-too-large = một con số quá lớn
p-syntax = nội dung tệp bị hỏng hoặc bị sửa tay không đúng: { $detail }
syntax-expected-value = ở đây cần một giá trị (chữ trong ngoặc kép, một số, true, false, một danh sách hoặc một đối tượng)
syntax-expected-comma = ở đây cần dấu phẩy hoặc dấu đóng ngoặc
syntax-expected-colon = sau tên mục cần dấu hai chấm “:”
syntax-key-not-text = tên mục phải là chữ trong ngoặc kép
syntax-trailing = còn chữ thừa sau khi dữ liệu đã kết thúc
syntax-trailing-comma = có dấu phẩy thừa ngay trước dấu đóng ngoặc: hãy xóa nó
syntax-escape = dấu gạch chéo ngược “\” trong chuỗi chữ không đi kèm ký tự hợp lệ
syntax-number = một con số viết không đúng
syntax-control = có ký tự điều khiển không nhìn thấy (tab, xuống dòng hoặc ký tự rỗng) nằm trong chuỗi chữ
syntax-other = nội dung không được sắp xếp theo dạng dữ liệu JSON
p-not-an-object = tệp phải chứa một đối tượng JSON {"{"}…{"}"}
p-no-format = không phải tệp của EvalDesk: thiếu mục `format`
p-foreign-format = không phải tệp của EvalDesk: `format` là "{ $found }", cần "evaldesk.checklist" hoặc "evaldesk.session"
p-wrong-format = cần tệp "{ $expected }" nhưng tệp này là "{ $found }"
p-newer-version = tệp được tạo bởi phiên bản EvalDesk mới hơn (định dạng phiên bản { $version }); chương trình này chỉ hiểu phiên bản 1 — hãy cập nhật EvalDesk
p-bad-version = `version` phải ghi là 1
p-unknown-member = mục `{ $member }` không được biết đến (gõ nhầm tên?)
p-missing-member = thiếu mục bắt buộc này
p-duplicate-member = mục `{ $member }` xuất hiện hai lần
p-wrong-type = cần { $expected }, nhưng có { $found }
kind-number = một con số
kind-whole-number = một số nguyên
kind-text = văn bản
kind-bool = true hoặc false
kind-list = một danh sách
kind-object = một đối tượng {"{"}…{"}"}
kind-null = null
kind-localized-text = văn bản hoặc {"{"}"vi", "en"{"}"}
kind-with-value = { $kind } ({ $value })
p-bad-choice = "{ $found }" không hợp lệ; chỉ được dùng: { $allowed }
p-structure = nội dung không đúng cấu trúc ({ $detail })
p-empty-id = mã (id) không được để trống
p-duplicate-id = mã "{ $id }" bị trùng, đã dùng tại { $first }
p-empty-text = nội dung không được để trống
p-no-groups = danh sách tiêu chí không có nhóm nào
p-no-criteria = nhóm này không có tiêu chí nào
p-no-candidates = không có sản phẩm nào để đánh giá
p-scale-order = thang điểm: min ({ $min }) phải nhỏ hơn max ({ $max })
p-scale-step = bước thang điểm phải lớn hơn 0 (hiện là { $step })
p-scale-not-whole = khoảng từ { $min } đến { $max } không chia hết cho bước { $step }
p-not-finite = con số phải là số hữu hạn
p-level-off-scale = mức { $level } không nằm trên thang điểm
p-duplicate-level = mức { $level } đã có nhãn
p-weight-not-positive = trọng số phải lớn hơn 0 (hiện là { $weight })
p-numeric-needs = tiêu chí dạng số cần có `{ $member }`
p-threshold-needed = tiêu chí số bắt buộc phải có ngưỡng (`threshold`)
p-only-for-numeric = `{ $member }` chỉ dùng cho tiêu chí dạng số (kind: numeric)
p-threshold-out-of-range = ngưỡng { $value } nằm ngoài khoảng { $min } đến { $max }
p-matrix-size = ma trận so sánh cặp phải có { $expected } hàng × { $expected } cột, khớp số mục; ở đây có { $found }
p-matrix-too-large = ma trận so sánh cặp { $size } × { $size } quá lớn: tối đa 15 mục
p-matrix-not-positive = ô hàng { $row }, cột { $column } phải là số dương
p-matrix-diagonal = ô trên đường chéo (hàng { $row }, cột { $row }) phải bằng 1
p-matrix-not-reciprocal = ô hàng { $row }, cột { $column } phải là nghịch đảo của ô hàng { $from-row }, cột { $from-column }
p-bad-timestamp = thời điểm "{ $time }" không đúng dạng, ví dụ đúng: 2015-04-20T08:00:00+07:00
p-unknown-criterion = không có tiêu chí "{ $id }" trong danh sách tiêu chí
p-unknown-candidate = không có sản phẩm "{ $id }" trong phiên đánh giá
p-duplicate-score = tiêu chí "{ $criterion }" cho "{ $candidate }" đã được chấm tại scores[{ $first }]
p-value-and-na = một điểm không thể vừa có giá trị vừa là N/A (không áp dụng)
p-no-value = điểm phải có giá trị (`value`) hoặc N/A (`na: true`)
p-value-out-of-range = điểm { $value } nằm ngoài thang { $min } đến { $max }
p-value-off-step = điểm { $value } không đúng bước { $step } của thang điểm
p-yes-no-value = tiêu chí có/không chỉ nhận 0 hoặc 1, không nhận { $value }
p-negative-value = giá trị không được âm ({ $value })
p-incomplete = phiên đã nộp nhưng còn thiếu { $count } điểm: { $list }
p-seal-missing = phiên đã nộp phải có niêm phong (`seal`)
p-seal-malformed = niêm phong phải gồm 64 ký tự hex thường (SHA-256)
p-seal-mismatch = niêm phong không khớp: tệp đã bị sửa sau khi nộp
p-seal-on-draft = bản nháp không được có niêm phong: phiên này đã nộp rồi bị sửa lại thành bản nháp bên ngoài EvalDesk; hãy dùng tệp đã nộp, hoặc "Sao thành bản nháp mới"
p-repeated-member = mục `{ $member }` được ghi hai lần trong cùng một đối tượng (dòng { $first-line } và { $line }): mỗi điều chỉ được ghi một lần, nên tệp bị từ chối
p-same-session = là cùng một phiên với { $other } (cùng mã id) nhưng nội dung khác — có thể một tệp là bản xung đột: mở cả hai, giữ bản đúng và chuyển bản kia ra khỏi thư mục
p-grades-empty = `grades`, nếu có, phải có ít nhất một mức xếp loại
p-grade-out-of-range = `min` của mức xếp loại phải từ 0 đến 100, không phải { $value }
p-grades-not-decreasing = các mức xếp loại phải đi từ cao xuống thấp: { $min } không nhỏ hơn mức trước ({ $previous })
p-last-grade-not-zero = mức xếp loại cuối cùng phải bắt đầu từ 0 (đang là { $value }), để tổng điểm nào cũng có xếp loại
p-different-checklist = được chấm theo danh sách tiêu chí khác với { $other }
p-different-candidates = đặt tên sản phẩm "{ $id }" khác với { $other }: một mã phải chỉ cùng một sản phẩm trong mọi phiên

## Lưu, khóa, xung đột
save-failed = Không lưu được { $file }: { $reason }. Tệp cũ vẫn còn nguyên.
save-backup-failed = Không lưu được { $file }: không giữ được bản trước thành { $backup } ({ $reason }). Chưa có gì thay đổi; hãy chuyển hoặc đổi tên { $backup } rồi lưu lại.
conflict = Ai đó đã sửa { $theirs } sau khi bạn mở. Để không mất gì, bản của bạn được lưu riêng thành { $ours }; bản của họ giữ nguyên.
file-exists = Đã có tệp { $file }; chọn tên khác.
lock-holder = { $owner } (máy { $machine }, từ { $since })
ro-submitted = Phiên này đã nộp và niêm phong nên chỉ xem được. Dùng “Sao thành bản nháp mới” để chấm tiếp.
ro-locked-by = { $who } đang mở phiên này để chấm, nên bạn chỉ xem được.
ro-stale-lock = Phiên này còn khóa của { $who }, nhưng có vẻ người đó đã đóng chương trình. Bạn có thể nhận quyền chấm nếu chắc chắn không ai khác đang dùng.
ro-cannot-lock = Không khóa được phiên để chấm ({ $reason }), nên chỉ xem được.

## Cảnh báo khi tổng hợp
w-unqualified = { $name } không đạt yêu cầu bắt buộc: { $list }.
w-inconsistent-groups = Ma trận so sánh cặp giữa các nhóm thiếu nhất quán: CR = { $cr } > { $limit }.
w-inconsistent-group = Ma trận so sánh cặp giữa các tiêu chí của nhóm { $group } thiếu nhất quán: CR = { $cr } > { $limit }.
w-unscored = Chưa ai chấm { $criterion } cho { $candidate }; tiêu chí này không được tính cho { $candidate }.
w-disagreement = Các cán bộ chấm khác nhau nhiều ở { $criterion } cho { $candidate }: từ { $min } đến { $max }.
w-drafts = { $count } phiên còn là bản nháp, chưa nộp: { $list }.

## Độ nhạy
sens-robust = { $group } { $title } (hiện { $now }): vững — không trọng số nào của nhóm làm đổi sản phẩm dẫn đầu.
sens-above = { $group } { $title }: nếu trọng số tăng quá { $share } (hiện { $now }), { $to } sẽ dẫn đầu thay cho { $from }.
sens-below = { $group } { $title }: nếu trọng số giảm dưới { $share } (hiện { $now }), { $to } sẽ dẫn đầu thay cho { $from }.

critical-group = Sản phẩm dẫn đầu chỉ thay đổi nếu trọng số của nhóm { $group } { $title } đổi từ { $now } thành { $share }.
critical-none = Không có trọng số nhóm nào (thay đổi riêng lẻ) làm đổi sản phẩm dẫn đầu.
robustness-exact = Nếu chọn lại tổ chấm từ chính các cán bộ này, { $name } xếp thứ nhất trong { $share } số trường hợp.
robustness-sampled = Nếu chọn lại tổ chấm từ chính các cán bộ này, { $name } xếp thứ nhất trong { $share } số trường hợp (ước lượng từ { $draws } lần rút ngẫu nhiên; có thể lệch khoảng một điểm).

## Bảng tóm tắt trên dòng lệnh
sum-title = KẾT QUẢ ĐÁNH GIÁ — { $title } ({ $id })
sum-intro = { $count } phiên đánh giá, tổng hợp điểm các cán bộ bằng { $aggregation }; điểm trên thang 0–100.
agg-mean = trung bình cộng
agg-median = trung vị
sum-fails = { $name } không đạt tiêu chí bắt buộc: { $list }
sum-groups = Nhóm tiêu chí và trọng số:
sum-sensitivity = Độ nhạy (nếu thay đổi trọng số của một nhóm, các nhóm khác giữ nguyên tỷ lệ):
sum-warnings = Cảnh báo:

## Dòng lệnh
cli-no-command = không có lệnh hay tệp "{ $word }"; các lệnh: validate, summary, charts, submit (xem evaldesk --help)
cli-checked = Đã kiểm tra { $total } tệp: { $valid } hợp lệ ({ $checklists } danh sách tiêu chí, { $sessions } phiên đánh giá), { $invalid } không hợp lệ ({ $problems } lỗi).
cli-already-submitted = phiên này đã được nộp (dấu niêm phong { $fingerprint }); không thể nộp lại
cli-missing = chưa thể nộp: còn thiếu { $count } điểm:
cli-submitted = Đã nộp và niêm phong { $file }.
cli-fingerprint = Dấu niêm phong (ghi lên bản giấy để ký): { $fingerprint }
cli-full-sha = SHA-256 đầy đủ: { $sha }
cli-sealed-output-failed = Phiên đã được nộp và niêm phong trên đĩa (dấu { $fingerprint }), nhưng không in được thông báo: { $reason }
identical-copy = { $dropped } là bản sao y hệt của { $kept }: phiên này chỉ được tính một lần.
cli-ignored = Không đọc (không phải tệp phiên đánh giá hay danh sách tiêu chí): { $file }
cli-no-sessions = Không tìm thấy phiên đánh giá nào (*.evaluation.json) trong các đường dẫn đã cho.
cli-renderer-fallback = không khởi động được bộ vẽ mặc định ({ $error }); thử OpenGL.
cli-no-window = không mở được cửa sổ: { $error }

## Biểu đồ
chart-totals = Tổng điểm (thang 100)
chart-not-qualified = không đạt: { $reasons }
chart-head-to-head = Mỗi sản phẩm hơn ở đâu
chart-head-to-head-note = Phần chênh lệch tổng điểm do từng nhóm tạo ra, tính bằng điểm
chart-overall = Chênh lệch chung
chart-groups = Điểm theo nhóm tiêu chí (thang 100)
chart-groups-note = Trọng số của nhóm trong ngoặc
chart-group-label = { $group } ({ $weight })
chart-write-failed = Không ghi được biểu đồ { $file }: { $reason }
cli-chart-written = Đã ghi: { $file }
chart-contributions = Mỗi tổng điểm gồm những gì
chart-contributions-note = Điểm mỗi nhóm góp vào tổng: tỉ lệ trọng số × điểm của nhóm
chart-radar = Điểm theo nhóm dạng mạng nhện (thang 100)
chart-radar-note = Càng xa tâm càng tốt
chart-spread = Tổng điểm của từng người đánh giá
chart-spread-note = Vòng tròn: mỗi người đánh giá; vạch đậm: { $aggregation } dùng trong kết quả
chart-spread-result = kết quả { $total }
chart-sensitivity = Nếu trọng số của { $group } thay đổi
chart-sensitivity-note = Tổng điểm khi trọng số nhóm này đi từ 0 đến 100 %, các nhóm khác giữ nguyên tỉ lệ với nhau
chart-today = hiện nay { $share }
chart-axis-weight = trọng số của { $group }
chart-sensitivity-grid = Trọng số khác có đổi người dẫn đầu không?
chart-sensitivity-grid-note = Mỗi ô một nhóm: tổng điểm khi trọng số của nhóm đi từ 0 đến 100 %; nét đứt: trọng số hiện nay
chart-grid-robust = không trọng số nào đổi người dẫn đầu
chart-robustness = Nếu chọn lại hội đồng đánh giá
chart-robustness-exact = Tỉ lệ đứng đầu qua mọi cách chọn lại { $count } người từ chính { $count } người đánh giá (tính đủ)
chart-robustness-sampled = Tỉ lệ đứng đầu qua { $draws } lần chọn lại ngẫu nhiên từ { $count } người đánh giá (hạt giống cố định)
chart-grid-changes = đổi người dẫn đầu ở { $shares }
