package web

import "net/http"

// home stands in for the web UI, which arrives with its own issue.
const home = `<!doctype html>
<html lang="zh-CN"><meta charset="utf-8"><title>liaison</title>
<h1>liaison</h1>
<p>服务已启动。网页界面即将推出；JSON 接口位于 <code>/api/v1</code>。</p>
<p lang="en">The server is running. The web UI is coming; the JSON API is at <code>/api/v1</code>.</p>
</html>
`

// handleHome serves GET /.
func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write([]byte(home))
}
